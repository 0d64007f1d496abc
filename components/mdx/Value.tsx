// <Value expr="sys.getsizeof(1)" setup="import sys" version="3.12" />: a number or result in lesson
// prose, computed by the simulator when the page is built, so prose cannot drift from it. The content
// tests check every <Value> against the same program recorded on real CPython.
import { profileFor, run } from '@/lib/sim';
import { valueProgram, type CheckedVersion } from '@/lib/content/cells';

function profileOf(version: CheckedVersion) {
  return version === '3.14-wasm32' ? profileFor('3.14', 'wasm32') : profileFor(version, '64bit');
}

export function Value({ expr, setup = '', version }: { expr: string; setup?: string; version: CheckedVersion }) {
  const result = run(valueProgram({ setup, expr }), profileOf(version));
  if (result.error) throw new Error(`<Value expr=${JSON.stringify(expr)}>: the simulator reported ${result.error}`);
  const text = result.stdout.replace(/\n$/, '');
  const label = version === '3.14-wasm32' ? 'CPython 3.14 (wasm32)' : `CPython ${version}`;
  return <code className="sim-value" title={`${expr} on ${label}, computed by the simulator`}>{text}</code>;
}
