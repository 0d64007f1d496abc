// Prints "N passed, N failed, N skipped" over the Vitest and Playwright JSON reports; exits 1 on any
// failure or a missing report. Usage: node scripts/test-summary.mjs .ci-out/vitest.json .ci-out/e2e.json
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, e2ePath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(path, label) {
  if (!path || !existsSync(path)) {
    console.error(`${label} report missing: ${path}`);
    failed++;
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read(vitestPath, 'Vitest');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A test file that fails to load has no failed tests but is still a failure.
  failed += (vitest.testResults ?? []).filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
}
const e2e = read(e2ePath, 'Playwright');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  failed += (e2e.errors ?? []).length;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
