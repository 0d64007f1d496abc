// Share-link encoding: "<version>.<lz-string payload>", URL-safe without further escaping.
// The version prefix sits outside the compressed payload so a later encoding (other fields,
// other compression) can be told apart before anything is decompressed. Old versions stay
// decodable for as long as links made with them may exist.
import LZString from 'lz-string';
import { shareStateSchema, wireV1Schema, type ShareState } from './schema';

export const CURRENT_ENCODING = 1;
/** The query parameter that carries a shared state: /play?s=1.… */
export const SHARE_PARAM = 's';
/** Refuse absurd inputs before decompressing them (a compressed 20k-char program is far shorter). */
const MAX_ENCODED_CHARS = 40_000;

export type DecodeResult =
  | { ok: true; state: ShareState }
  | { ok: false; reason: string };

export function encodeShareState(state: ShareState): string {
  const valid = shareStateSchema.parse(state);
  const wire = { c: valid.code, v: valid.python, p: valid.platform, s: valid.step };
  return `${CURRENT_ENCODING}.${LZString.compressToEncodedURIComponent(JSON.stringify(wire))}`;
}

export function decodeShareState(encoded: string): DecodeResult {
  if (encoded.length > MAX_ENCODED_CHARS) return broken('it is too long to be a program from this site');
  const dot = encoded.indexOf('.');
  const version = dot > 0 ? encoded.slice(0, dot) : '';
  const payload = encoded.slice(dot + 1);
  if (!/^\d+$/.test(version)) return broken('it has no encoding version');
  switch (Number(version)) {
    case 1:
      return decodeV1(payload);
    default:
      return broken(`it uses encoding version ${version}, which this site does not know (is the link from a newer site?)`);
  }
}

function decodeV1(payload: string): DecodeResult {
  let json: unknown;
  try {
    const text = LZString.decompressFromEncodedURIComponent(payload);
    if (!text) return broken('its data could not be decompressed (it may have been cut short)');
    json = JSON.parse(text);
  } catch {
    return broken('its data is not readable (it may have been cut short or edited)');
  }
  const wire = wireV1Schema.safeParse(json);
  if (!wire.success) return broken('its data does not describe a program');
  const { c, v, p, s } = wire.data;
  return { ok: true, state: { code: c, python: v, platform: p, step: s } };
}

function broken(why: string): DecodeResult {
  return { ok: false, reason: `This share link is broken: ${why}.` };
}

/** The /play URL that reopens a state, relative to the site root. */
export function sharePath(state: ShareState): string {
  return `/play?${SHARE_PARAM}=${encodeShareState(state)}`;
}
