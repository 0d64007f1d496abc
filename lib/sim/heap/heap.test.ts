// The live-object table: creation order kept through removals (also once the table closes its
// holes), and removal of an object that is not in it (twice, or never added) changes nothing.
import { describe, expect, it } from 'vitest';
import { ObjectTable } from './heap';
import { objectHead, type PyObj, type PyType } from '../objects/object';

const type = { name: 't' } as PyType;
function objects(n: number): PyObj[] {
  return Array.from({ length: n }, (_, i) => {
    const o = objectHead(type, 16);
    o.id = i + 1;
    return o;
  });
}

describe('ObjectTable', () => {
  it('lists objects in creation order after removals at the head, middle and tail', () => {
    const t = new ObjectTable();
    const os = objects(5);
    for (const o of os) t.add(o, o.ob);
    t.remove(os[0], os[0].ob);
    t.remove(os[2], os[2].ob);
    t.remove(os[4], os[4].ob);
    expect(t.all().map((o) => o.id)).toEqual([2, 4]);
    expect(t.size).toBe(2);
    const [late] = objects(1);
    late.id = 9;
    t.add(late, late.ob);
    expect(t.all().map((o) => o.id)).toEqual([2, 4, 9]);
    expect(t.get(4)).toBe(os[3]);
    expect(t.get(3)).toBeUndefined();
  });

  it('removing an object twice, or one never added, changes nothing', () => {
    const t = new ObjectTable();
    const [a, b, stranger] = objects(3);
    t.add(a, a.ob);
    t.add(b, b.ob);
    t.remove(a, a.ob);
    t.remove(a, a.ob);
    t.remove(stranger, stranger.ob);
    expect(t.all()).toEqual([b]);
    expect(t.size).toBe(1);
    t.remove(b, b.ob);
    expect(t.all()).toEqual([]);
    expect(t.size).toBe(0);
  });

  it('keeps creation order and finds every object after closing its holes', () => {
    const t = new ObjectTable();
    const os = objects(5000);
    for (const o of os) t.add(o, o.ob);
    // free two of every three, oldest first: the table closes its holes along the way
    const kept = os.filter((o) => o.id % 3 === 0);
    for (const o of os) if (o.id % 3 !== 0) t.remove(o, o.ob);
    expect(t.size).toBe(kept.length);
    expect(t.all()).toEqual(kept);
    for (const o of kept) {
      t.remove(o, o.ob);
      t.add(o, o.ob);
    }
    expect(t.all().map((o) => o.id)).toEqual(kept.map((o) => o.id));
    // an object freed before the holes closed stays out: removing it again changes nothing
    t.remove(os[0], os[0].ob);
    expect(t.size).toBe(kept.length);
    expect(t.get(os[1].id)).toBeUndefined();
  });

  it('closes holes among young objects without moving the old ones below them', () => {
    const t = new ObjectTable();
    const os = objects(6000);
    const old = os.slice(0, 2000);
    const young = os.slice(2000);
    for (const o of os) t.add(o, o.ob);
    // most young objects die, as in a loop; every tenth survives
    const survivors = young.filter((o) => o.id % 10 === 0);
    for (const o of young) if (o.id % 10 !== 0) t.remove(o, o.ob);
    expect(t.all()).toEqual([...old, ...survivors]);
    expect(old.map((o) => o.ob.liveSlot)).toEqual(old.map((_, i) => i));
    // the slots it kept still find their objects: removing any of them works
    t.remove(survivors[3], survivors[3].ob);
    t.remove(old[5], old[5].ob);
    expect(t.size).toBe(old.length + survivors.length - 2);
    expect(t.get(survivors[3].id)).toBeUndefined();
    expect(t.get(old[5].id)).toBeUndefined();
  });
});
