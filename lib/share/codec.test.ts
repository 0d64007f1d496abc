import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { CURRENT_ENCODING, decodeShareState, encodeShareState, sharePath, SHARE_PARAM } from './codec';
import type { ShareState } from './schema';

const sample: ShareState = {
  code: 'a = [1, 2]\nb = a\nprint(a is b)  # ünïcødé ✓ "quotes" & ?s=\n',
  python: '3.12',
  platform: 'wasm32',
  step: 7,
};

describe('share codec', () => {
  it('round-trips code, version, platform and step', () => {
    expect(decodeShareState(encodeShareState(sample))).toEqual({ ok: true, state: sample });
  });

  it('prefixes the encoding version', () => {
    expect(encodeShareState(sample).startsWith(`${CURRENT_ENCODING}.`)).toBe(true);
  });

  it('survives a query string that turned + into spaces', () => {
    const encoded = encodeShareState({ ...sample, code: 'x = 1\n'.repeat(40) + '~~~~' });
    const viaQuery = new URLSearchParams(`${SHARE_PARAM}=${encoded}`).get(SHARE_PARAM)!;
    expect(decodeShareState(viaQuery)).toEqual({ ok: true, state: { ...sample, code: 'x = 1\n'.repeat(40) + '~~~~' } });
  });

  it('builds a /play path that decodes back', () => {
    const url = new URL(sharePath(sample), 'http://example.test');
    expect(url.pathname).toBe('/play');
    expect(decodeShareState(url.searchParams.get(SHARE_PARAM)!)).toEqual({ ok: true, state: sample });
  });

  it('keeps decoding version 1 links made by hand from the documented wire shape', () => {
    const wire = { c: 'print(1)\n', v: '3.10', p: '64bit', s: 0 };
    const link = `1.${compressToEncodedURIComponent(JSON.stringify(wire))}`;
    expect(decodeShareState(link)).toEqual({
      ok: true,
      state: { code: 'print(1)\n', python: '3.10', platform: '64bit', step: 0 },
    });
  });

  it('rejects an unknown encoding version with a clear message', () => {
    const r = decodeShareState('99.abc');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/encoding version 99/);
  });

  it('rejects a link without a version', () => {
    expect(decodeShareState('abc').ok).toBe(false);
    expect(decodeShareState('').ok).toBe(false);
  });

  it('rejects a truncated payload', () => {
    const encoded = encodeShareState(sample);
    const r = decodeShareState(encoded.slice(0, Math.floor(encoded.length / 2)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^This share link is broken/);
  });

  it('rejects a payload whose JSON does not match the schema', () => {
    const bad = `1.${compressToEncodedURIComponent(JSON.stringify({ c: 'x', v: '2.7', p: '64bit', s: 0 }))}`;
    expect(decodeShareState(bad)).toEqual({ ok: false, reason: 'This share link is broken: its data does not describe a program.' });
    const negative = `1.${compressToEncodedURIComponent(JSON.stringify({ c: 'x', v: '3.12', p: '64bit', s: -1 }))}`;
    expect(decodeShareState(negative).ok).toBe(false);
  });

  it('rejects garbage characters', () => {
    expect(decodeShareState('1.%%%%<<>>').ok).toBe(false);
  });

  it('refuses to encode an invalid state', () => {
    expect(() => encodeShareState({ ...sample, step: 1.5 })).toThrow();
  });
});
