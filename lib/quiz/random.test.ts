import { describe, expect, it } from 'vitest';
import { seededRng } from './random';

describe('seededRng', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    const a = seededRng(42), b = seededRng(42), c = seededRng(43);
    const take = (r: ReturnType<typeof seededRng>) => Array.from({ length: 5 }, () => r.next());
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
  });
  it('keeps int() within bounds and reaches both ends', () => {
    const r = seededRng(1);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
  it('samples distinct items', () => {
    const picked = seededRng(9).sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
  });
});
