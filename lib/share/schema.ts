// The state a share link carries. The wire names are short and stable: once a link is out in the
// world, its fields keep their meaning forever. A new shape gets a new encoding version instead.
import { z } from 'zod';

export const PYTHON_VERSIONS = ['3.10', '3.11', '3.12', '3.13', '3.14'] as const;
export const PLATFORMS = ['64bit', 'wasm32'] as const;

export type PythonVersion = (typeof PYTHON_VERSIONS)[number];
export type Platform = (typeof PLATFORMS)[number];

/** Longest program a link may carry; a cell is a few dozen lines, this leaves ample room. */
export const MAX_SHARED_CODE_CHARS = 20_000;

/** What a playground or cell needs to reopen exactly where the sharer was. */
export const shareStateSchema = z.object({
  code: z.string().max(MAX_SHARED_CODE_CHARS),
  python: z.enum(PYTHON_VERSIONS),
  platform: z.enum(PLATFORMS),
  step: z.number().int().min(0).max(10_000_000),
});
export type ShareState = z.infer<typeof shareStateSchema>;

/** Version 1 on the wire: {c, v, p, s}. */
export const wireV1Schema = z.object({
  c: z.string().max(MAX_SHARED_CODE_CHARS),
  v: z.enum(PYTHON_VERSIONS),
  p: z.enum(PLATFORMS),
  s: z.number().int().min(0).max(10_000_000),
});
export type WireV1 = z.infer<typeof wireV1Schema>;
