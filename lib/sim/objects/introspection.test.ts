// The measured type dicts (cpython-type-dicts.ts) applied to the simulator's built-in types: every
// name CPython's T.__dict__ holds in a version is listed by dir(T) and resolves on T to an object of
// the kind CPython stores there; names of other versions stay out.
import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { getProfile } from '../versions';
import type { PythonVersion } from '../versions/profile';
import { cpythonDictOf, versionMatches } from './introspection';

/** Simulator type keys and a Python expression for the type. */
const TYPES: Record<string, string> = {
  int: 'int', bool: 'bool', float: 'float', str: 'str', bytes: 'bytes', list: 'list', tuple: 'tuple',
  dict: 'dict', set: 'set', frozenset: 'frozenset', range: 'range', slice: 'slice', NoneType: 'type(None)',
  BaseException: 'BaseException', ValueError: 'ValueError', StopIteration: 'StopIteration',
  list_iterator: 'type(iter([]))', dict_keys: 'type({}.keys())', dict_keyiterator: 'type(iter({}))',
  enumerate: 'enumerate', zip: 'zip', reversed: 'reversed', map: 'map', filter: 'filter',
  builtin_function_or_method: 'type(len)', method_descriptor: 'type(list.append)',
  wrapper_descriptor: 'type(object.__init__)', object: 'object',
};

/** What getattr(T, name) gives for each kind letter of the table. */
const LOOKED_UP: Record<string, string> = {
  m: 'method_descriptor', c: 'builtin_function_or_method', w: 'wrapper_descriptor', s: 'builtin_function_or_method',
  n: 'builtin_function_or_method', g: 'getset_descriptor', d: 'member_descriptor', x: 'NoneType', t: 'str',
};

function lookups(python: PythonVersion): Map<string, string> {
  // (a built-in type's own __dict__ is refused: the simulator does not model it as a mapping)
  const lines = Object.entries(TYPES).map(([key, expr]) =>
    `for n in dir(${expr}):\n    if n != '__dict__':\n        print('${key}', n, type(getattr(${expr}, n)).__name__)`);
  const r = run(lines.join('\n') + '\n', getProfile(python, '64bit'), { checkInvariants: false });
  if (r.error) throw new Error(r.error);
  const out = new Map<string, string>();
  for (const line of r.stdout.trim().split('\n')) {
    const [key, name, kind] = line.split(' ');
    out.set(`${key}.${name}`, kind!);
  }
  return out;
}

describe('versionMatches', () => {
  it.each([
    [null, 10, true], ['11+', 10, false], ['11+', 14, true], ['-12', 12, true], ['-12', 13, false],
    ['10,13+', 11, false], ['10,13+', 13, true], ['12-13', 14, false], ['14', 14, true],
  ] as const)('%s on 3.%i: %s', (spec, minor, want) => {
    expect(versionMatches(spec, minor)).toBe(want);
  });
});

describe.each(['3.10', '3.11', '3.12', '3.13', '3.14'] as const)('built-in type dicts on %s', (python) => {
  const got = lookups(python);
  const minor = Number(python.split('.')[1]);

  it('lists and resolves every name of the version, with the kind CPython stores', () => {
    const wrong: string[] = [];
    // the metatype's data descriptors (__name__, __dict__, __doc__...) win over the type's own dict
    const meta = cpythonDictOf('type', minor);
    for (const key of Object.keys(TYPES)) {
      for (const [name, kind] of cpythonDictOf(key, minor)) {
        if (meta.get(name) === 'g' || meta.get(name) === 'd' || (name === '__class__' && key === 'object')) continue;
        const have = got.get(`${key}.${name}`);
        const want = name === '__doc__' && kind === 'g' ? 'getset_descriptor' : LOOKED_UP[kind];
        if (have !== want) wrong.push(`${key}.${name}: ${have ?? 'missing'} (CPython: ${want})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves out the names CPython gained or lost in other versions', () => {
    const gained: Record<string, string[]> = { object: ['__getstate__'], int: ['is_integer'], BaseException: ['add_note'] };
    for (const [key, names] of Object.entries(gained)) {
      for (const name of names) {
        expect(got.has(`${key}.${name}`), `${key}.${name}`).toBe(cpythonDictOf(key, minor).has(name));
      }
    }
  });
});
