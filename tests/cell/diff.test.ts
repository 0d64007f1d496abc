import { describe, expect, it } from 'vitest';
import { diffLines, outputsAgree, splitOutputLines } from '@/components/cell/diff';

describe('splitOutputLines', () => {
  it('treats a final newline as the end of the last line', () => {
    expect(splitOutputLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitOutputLines('')).toEqual([]);
    expect(splitOutputLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('diffLines', () => {
  it('reports identical outputs as agreeing', () => {
    const rows = diffLines('1\n2\n', '1\n2\n');
    expect(outputsAgree(rows)).toBe(true);
    expect(rows).toHaveLength(2);
  });

  it('pairs a changed line with its counterpart', () => {
    expect(diffLines('rc 2\nsize 56\n', 'rc 2\nsize 28\n')).toEqual([
      { kind: 'same', left: 'rc 2', right: 'rc 2' },
      { kind: 'changed', left: 'size 56', right: 'size 28' },
    ]);
  });

  it('keeps later lines aligned after an inserted line', () => {
    const rows = diffLines('a\nc\n', 'a\nb\nc\n');
    expect(rows).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'changed', left: null, right: 'b' },
      { kind: 'same', left: 'c', right: 'c' },
    ]);
    expect(outputsAgree(rows)).toBe(false);
  });

  it('handles one empty side', () => {
    expect(diffLines('', 'x\n')).toEqual([{ kind: 'changed', left: null, right: 'x' }]);
    expect(diffLines('x\n', '')).toEqual([{ kind: 'changed', left: 'x', right: null }]);
  });
});
