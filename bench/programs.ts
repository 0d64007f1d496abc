// The benchmark programs. Each is a plain Python file in the supported subset; `scale` is filled
// in so a program runs roughly the number of instructions asked for.

import { run } from '../lib/sim';
import type { Profile } from '../lib/sim/versions/profile';

/** Each program runs about this many instructions (the "1,000,000-instruction loop"). */
export const TARGET_INSTRUCTIONS = 1_000_000;

export interface BenchProgram {
  readonly name: string;
  readonly describe: string;
  readonly source: (scale: number) => string;
}

export const PROGRAMS: readonly BenchProgram[] = [
  {
    name: 'loop-module',
    describe: 'a while loop over a module-level counter (dict lookups)',
    source: (n) => `i = 0\nwhile i < ${n}:\n    i += 1\nprint(i)\n`,
  },
  {
    name: 'loop-function',
    describe: 'the same loop over a function local (fast locals)',
    source: (n) => `def count(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\nprint(count(${n}))\n`,
  },
  {
    name: 'containers',
    describe: 'building lists, dicts and tuples, then dropping them',
    source: (n) => [
      'total = 0',
      `for i in range(${n}):`,
      '    row = [i, i + 1, i + 2]',
      "    d = {'a': row, 'b': (i, i)}",
      '    total += len(d) + len(row)',
      'print(total)',
    ].join('\n') + '\n',
  },
  {
    name: 'objects-and-cycles',
    describe: 'instances in reference cycles, freed by the cyclic GC',
    source: (n) => [
      'import gc',
      'class Node:',
      '    def __init__(self, name):',
      '        self.name = name',
      '        self.peer = None',
      'found = 0',
      `for i in range(${n}):`,
      '    a = Node(i)',
      '    b = Node(i)',
      '    a.peer = b',
      '    b.peer = a',
      '    if i % 100 == 0:',
      '        found += gc.collect()',
      'print(found > 0)',
    ].join('\n') + '\n',
  },
  {
    name: 'strings',
    describe: 'f-strings, joins and splits',
    source: (n) => [
      'words = []',
      `for i in range(${n}):`,
      "    words.append(f'w{i % 50}')",
      "text = ' '.join(words)",
      'print(len(text.split()))',
    ].join('\n') + '\n',
  },
];

/** The scale at which a program runs about TARGET_INSTRUCTIONS instructions (measured at scale 1000). */
export function scaleFor(program: BenchProgram, profile: Profile): number {
  const probe = 1000;
  const result = run(program.source(probe), profile);
  if (result.error) throw new Error(`benchmark program failed: ${result.error}`);
  const perUnit = result.runtime!.instructions / probe;
  return Math.max(1, Math.round(TARGET_INSTRUCTIONS / perUnit));
}
