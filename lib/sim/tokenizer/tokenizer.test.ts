import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer';
import { GuestError, Unsupported } from '../errors';
import type { Token } from './tokens';

const kinds = (src: string) => tokenize(src).map((t) => (t.kind === 'OP' || t.kind === 'NAME' ? t.text : t.kind));

describe('tokenizer: structure', () => {
  it('simple statement', () => {
    expect(kinds('x = 1\n')).toEqual(['x', '=', 'NUMBER', 'NEWLINE', 'ENDMARKER']);
  });
  it('adds NEWLINE at EOF without trailing newline', () => {
    expect(kinds('x')).toEqual(['x', 'NEWLINE', 'ENDMARKER']);
  });
  it('indent and dedent', () => {
    expect(kinds('if x:\n    y\nz\n')).toEqual(['if', 'x', ':', 'NEWLINE', 'INDENT', 'y', 'NEWLINE', 'DEDENT', 'z', 'NEWLINE', 'ENDMARKER']);
  });
  it('dedents several levels at once and at EOF', () => {
    const k = kinds('if a:\n  if b:\n    c\nd\nif e:\n  f');
    expect(k.filter((x) => x === 'DEDENT')).toHaveLength(3);
    expect(k.slice(-3)).toEqual(['NEWLINE', 'DEDENT', 'ENDMARKER']);
  });
  it('blank lines and comment lines do not affect indentation', () => {
    expect(kinds('if x:\n\n    # c\n    y  # tail\n')).toEqual(['if', 'x', ':', 'NEWLINE', 'INDENT', 'y', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
  });
  it('implicit line joining inside brackets', () => {
    expect(kinds('x = (1,\n     2)\n')).toEqual(['x', '=', '(', 'NUMBER', ',', 'NUMBER', ')', 'NEWLINE', 'ENDMARKER']);
  });
  it('backslash continuation', () => {
    expect(kinds('x = 1 + \\\n    2\n')).toEqual(['x', '=', 'NUMBER', '+', 'NUMBER', 'NEWLINE', 'ENDMARKER']);
  });
  it('operators match greedily', () => {
    expect(kinds('a **= b // c != d -> e ...\n').slice(0, 10)).toEqual(['a', '**=', 'b', '//', 'c', '!=', 'd', '->', 'e', '...']);
  });
  it('positions are 1-based lines and 0-based columns', () => {
    const t = tokenize('x = 1\n  \nyy = 2\n').find((x) => x.text === 'yy')!;
    expect(t.loc).toEqual({ line: 3, col: 0, endLine: 3, endCol: 2 });
  });
  it('CRLF line endings', () => {
    expect(kinds('x = 1\r\ny = 2\r\n')).toEqual(['x', '=', 'NUMBER', 'NEWLINE', 'y', '=', 'NUMBER', 'NEWLINE', 'ENDMARKER']);
  });
  it('non-ASCII identifiers', () => {
    expect(tokenize('café = 1\n')[0]!.text).toBe('café');
  });
});

const num = (src: string) => tokenize(src)[0]!.num;

describe('tokenizer: numbers', () => {
  it.each([
    ['0', 0n], ['42', 42n], ['1_000_000', 1000000n], ['0x_ff', 255n], ['0XFF', 255n], ['0o17', 15n], ['0b1010', 10n],
    ['00', 0n], ['123456789012345678901234567890', 123456789012345678901234567890n],
  ])('int %s', (src, v) => expect(num(src)).toEqual({ kind: 'int', value: v }));
  it.each([
    ['1.5', 1.5], ['1.', 1], ['.5', 0.5], ['1e3', 1000], ['1E-2', 0.01], ['1_0.2_5', 10.25], ['0.0', 0], ['1e+2', 100],
  ])('float %s', (src, v) => expect(num(src)).toEqual({ kind: 'float', value: v }));
  it('attribute access on an int literal needs a space: `1 .real`', () => {
    expect(kinds('1 .real')).toEqual(['NUMBER', '.', 'real', 'NEWLINE', 'ENDMARKER']);
  });
  it('refuses imaginary literals', () => {
    expect(() => tokenize('x = 2j')).toThrow(Unsupported);
  });
  it.each(['0123', '1_', '1__0', '0x', '0b2', '0o8', '1abc'])('rejects %s', (src) => {
    expect(() => tokenize(src)).toThrow(GuestError);
  });
});

const str = (src: string) => tokenize(src)[0]!.str!;

describe('tokenizer: strings', () => {
  it('single and double quotes', () => {
    expect(str("'a'").text).toBe('a');
    expect(str('"b"').text).toBe('b');
  });
  it('escapes', () => {
    expect(str(String.raw`'a\nb\t\\\'\x41\101\u00e9\U0001F600'`).text).toBe("a\nb\t\\'AAé😀");
  });
  it('unknown escapes keep the backslash', () => {
    expect(str(String.raw`'\d'`).text).toBe('\\d');
  });
  it('raw strings keep backslashes', () => {
    expect(str(String.raw`r'a\nb'`).text).toBe('a\\nb');
  });
  it('triple-quoted strings span lines', () => {
    const t = tokenize('x = """a\nb"""\ny\n');
    expect(t[2]!.str!.text).toBe('a\nb');
    expect(t[2]!.loc).toMatchObject({ line: 1, endLine: 2 });
    expect(t.find((x) => x.text === 'y')!.loc.line).toBe(3);
  });
  it('bytes and rb prefixes', () => {
    expect(str("b'ab\\x00'")).toMatchObject({ bytes: true, text: 'ab\x00' });
    expect(str("Rb'\\x'")).toMatchObject({ bytes: true, text: '\\x' });
  });
  it('bytes cannot contain non-ASCII', () => {
    expect(() => tokenize("b'é'")).toThrow(/ASCII/);
  });
  it('unterminated strings', () => {
    expect(() => tokenize("x = 'abc\n")).toThrow(/unterminated string literal \(detected at line 1\)/);
    expect(() => tokenize("x = '''abc\n\n")).toThrow(/unterminated triple-quoted/);
  });
  it('backslash-newline inside a string continues it', () => {
    expect(str("'a\\\nb'").text).toBe('ab');
  });
});

const fparts = (src: string) => (tokenize(src)[0] as Token).str!.fparts!;

describe('tokenizer: f-strings', () => {
  it('text and fields', () => {
    expect(fparts("f'a{x}b'")).toMatchObject([{ kind: 'text', value: 'a' }, { kind: 'field', source: 'x', conversion: '', spec: null }, { kind: 'text', value: 'b' }]);
  });
  it('doubled braces are literal', () => {
    expect(fparts("f'{{x}}'")).toEqual([{ kind: 'text', value: '{x}' }]);
  });
  it('conversion and format spec', () => {
    expect(fparts("f'{x!r:>10}'")[0]).toMatchObject({ source: 'x', conversion: 'r', spec: [{ kind: 'text', value: '>10' }] });
  });
  it('nested field in the spec', () => {
    const spec = (fparts("f'{x:{w}.2f}'")[0] as { spec: unknown[] }).spec;
    expect(spec).toMatchObject([{ kind: 'field', source: 'w' }, { kind: 'text', value: '.2f' }]);
  });
  it('expressions with brackets, strings and != keep their colons and bangs', () => {
    expect(fparts(`f'{d["k"]} {a != b} {f(x, y=1)} {s[1:2]}'`).filter((p) => p.kind === 'field').map((p) => (p as { source: string }).source)).toEqual([
      'd["k"]', 'a != b', 'f(x, y=1)', 's[1:2]',
    ]);
  });
  it('field positions point into the file', () => {
    expect(fparts("f'ab{xy}'")[1]).toMatchObject({ line: 1, col: 5 });
  });
  it('errors', () => {
    expect(() => tokenize("f'}'")).toThrow(/single '}'/);
    expect(() => tokenize("f'{a'")).toThrow(/expecting '}'/);
    expect(() => tokenize("f'{}'")).toThrow(/valid expression required/);
    expect(() => tokenize("f'{a!x}'")).toThrow(/conversion/);
  });
  it('self-documenting = form keeps the text before the value', () => {
    expect(fparts("f'{x = }'")[0]).toMatchObject({ source: 'x ', debugText: 'x = ' });
    expect(fparts("f'{a == b}'")[0]).toMatchObject({ source: 'a == b', debugText: null });
  });
});

describe('tokenizer: indentation errors', () => {
  it('unindent mismatch is an IndentationError', () => {
    try {
      tokenize('if x:\n    a\n  b\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GuestError);
      expect((e as GuestError).pyType).toBe('IndentationError');
      expect((e as GuestError).location!.line).toBe(3);
    }
  });
  it('tabs inconsistent with spaces give TabError', () => {
    expect(() => tokenize('if x:\n\ta\n        b\n')).toThrow(/inconsistent use of tabs/);
  });
  it('unclosed bracket at EOF', () => {
    expect(() => tokenize('x = [1,\n')).toThrow(/'\[' was never closed/);
  });
  it('mismatched brackets', () => {
    expect(() => tokenize('x = (]')).toThrow(/does not match/);
  });
});
