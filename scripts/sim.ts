// The simulator CLI (npm run --silent sim -- ...). Used by the conformance scorer.
//   --python 3.12 [--platform wasm32] FILE.py     print stdout; an uncaught exception's last line on stderr, exit 1
//   --json FILE...                                one JSON object {FILE: {stdout, error}}
//   --trace FILE.py                               the trace as JSON
//   --dis FILE.py                                 the bytecode
import { readFileSync } from 'node:fs';
import { run, profileFor } from '../lib/sim/index';
import { compile } from '../lib/sim/compiler';
import type { Platform, PythonVersion } from '../lib/sim/versions/profile';

function main(argv: string[]): number {
  let python: PythonVersion = '3.12';
  let platform: Platform = '64bit';
  let json = false;
  let trace = false;
  let dis = false;
  let checkInvariants = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--python') python = argv[++i] as PythonVersion;
    else if (a === '--platform') platform = argv[++i] as Platform;
    else if (a === '--json') json = true;
    else if (a === '--trace') trace = true;
    else if (a === '--dis') dis = true;
    else if (a === '--check') checkInvariants = true;
    else files.push(a);
  }
  const profile = profileFor(python, platform);
  if (dis) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return runDis(files, profile);
  }
  if (json) {
    const out: Record<string, { stdout: string; error: string | null }> = {};
    for (const f of files) {
      const r = run(readFileSync(f, 'utf8'), profile, { checkInvariants }, f);
      out[f] = { stdout: r.stdout, error: r.error };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  let status = 0;
  for (const f of files) {
    const r = run(readFileSync(f, 'utf8'), profile, { trace, checkInvariants }, f);
    if (trace) process.stdout.write(JSON.stringify(r.trace) + '\n');
    else process.stdout.write(r.stdout);
    if (r.stderr) process.stderr.write(r.stderr);
    if (r.error) {
      process.stderr.write(r.error + '\n');
      status = 1;
    }
  }
  return status;
}

function runDis(files: string[], profile: ReturnType<typeof profileFor>): number {
  return Number(
    (async () => {
      const mod = (await import('../lib/sim/compiler/dis')) as unknown as Record<string, (c: unknown) => string>;
      const fn = mod.disassemble ?? mod.dis ?? Object.values(mod).find((v) => typeof v === 'function');
      for (const f of files) {
        const code = compile(readFileSync(f, 'utf8'), f, profile.compiler);
        process.stdout.write(fn!(code) + '\n');
      }
    })() && 0,
  );
}

process.exitCode = main(process.argv.slice(2));
