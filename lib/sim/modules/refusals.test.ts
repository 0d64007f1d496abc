// Refusals of real Python the simulator lacks: before running (built-in names, multiple
// inheritance) or at the point of use (attributes of built-in types), never a Python error.
import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { getProfile } from '../versions';

const P312 = getProfile('3.12', '64bit');

function refusal(src: string) {
  const r = run(src, P312, { checkInvariants: true });
  return { kind: r.errorKind, error: r.error, stdout: r.stdout };
}

describe('refusals', () => {
  it.each([
    ['b = bytearray(3)\n', 'the built-in bytearray (line 1)'],
    ['print(1)\nm = memoryview(b"ab")\n', 'the built-in memoryview (line 2)'],
    ['def f():\n    return complex(1, 2)\nprint(f())\n', 'the built-in complex (line 2)'],
    ['try:\n    pass\nexcept OSError:\n    pass\n', 'the built-in OSError (line 3)'],
    ['class A: pass\nclass B: pass\nclass C(A, B): pass\n', 'multiple inheritance (a class with more than one base) (line 3)'],
  ])('refuses %j before running', (src, what) => {
    const r = refusal(src);
    expect(r.kind).toBe('unsupported');
    expect(r.stdout).toBe('');
    expect(r.error).toBe(`Unsupported: not supported yet: ${what}`);
  });

  it('does not refuse a built-in name the program binds itself', () => {
    const r = refusal('open = 5\nprint(open)\ndef g():\n    global input\n    input = 1\ng()\nprint(input)\n');
    expect(r.error).toBeNull();
    expect(r.stdout).toBe('5\n1\n');
  });

  it('refuses a real attribute of a built-in type where it is used, after earlier output', () => {
    const r = refusal('def f(a):\n    x = 1\nprint(1)\nprint(f.__code__.co_varnames)\n');
    expect(r.kind).toBe('unsupported');
    expect(r.stdout).toBe('1\n');
    expect(r.error).toBe('Unsupported: not supported yet: the attribute co_varnames of code objects (line 4)');
  });

  it('finds a real method the simulator does not model, and refuses calling it', () => {
    const r = refusal("print(hasattr('abc', 'casefold'), type(str.casefold).__name__)\nprint('abc'.casefold())\n");
    expect(r.stdout).toBe('True method_descriptor\n');
    expect(r.error).toBe('Unsupported: not supported yet: calling str.casefold() (line 2)');
  });

  it("refuses a built-in type's __dict__ (not modelled as a mapping) but gives a class's", () => {
    const r = refusal("class K:\n    x = 1\nprint(type(K.__dict__).__name__, K.__dict__['x'])\nprint(len(int.__dict__))\n");
    expect(r.stdout).toBe('mappingproxy 1\n');
    expect(r.error).toBe('Unsupported: not supported yet: the __dict__ of a built-in type (int.__dict__) (line 4)');
  });

  it('keeps AttributeError for attributes CPython does not have either', () => {
    const r = refusal("try:\n    (1).foo\nexcept AttributeError as e:\n    print(e)\nclass K: pass\ntry:\n    K().co_varnames\nexcept AttributeError as e:\n    print(e)\n");
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("'int' object has no attribute 'foo'\n'K' object has no attribute 'co_varnames'\n");
  });
});
