// Copies the Pyodide runtime from node_modules/pyodide to public/pyodide/ (gitignored), so the
// browser loads it from our own origin. Runs before `next dev` and `next build`.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'node_modules', 'pyodide');
const to = path.join(root, 'public', 'pyodide');
const FILES = ['pyodide.mjs', 'pyodide.js', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

if (!existsSync(from)) {
  console.error('copy-pyodide: node_modules/pyodide is missing; run `npm install` first');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
let copied = 0;
for (const file of FILES) {
  const source = path.join(from, file);
  const target = path.join(to, file);
  if (!existsSync(source)) {
    console.error(`copy-pyodide: ${file} not found in node_modules/pyodide`);
    process.exit(1);
  }
  const fresh = existsSync(target) && statSync(target).size === statSync(source).size && statSync(target).mtimeMs >= statSync(source).mtimeMs;
  if (!fresh) {
    copyFileSync(source, target);
    copied++;
  }
}
console.log(`copy-pyodide: ${copied} of ${FILES.length} files copied to public/pyodide/`);
