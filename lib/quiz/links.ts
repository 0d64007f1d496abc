// The address of one quiz variant: /quiz/<templateId>?seed=..&python=..&platform=..
// Shared by the pages (to read it), the copy-link control (to write it) and the tests.
import { z } from 'zod';
import { PLATFORMS, PYTHON_VERSIONS } from '@/lib/share/schema';
import type { VariantRef } from './public-types';

export const templateIdSchema = z.string().min(1).max(100).regex(/^[a-z0-9][a-z0-9-]*$/);
export const seedSchema = z.number().int().min(0).max(0xffff_ffff);

export const variantRefSchema = z.object({
  templateId: templateIdSchema,
  seed: seedSchema,
  python: z.enum(PYTHON_VERSIONS),
  platform: z.enum(PLATFORMS),
});

export const DEFAULT_TARGET = { python: '3.13', platform: '64bit' } as const;

export function variantPath(ref: VariantRef): string {
  const query = new URLSearchParams({ seed: String(ref.seed), python: ref.python, platform: ref.platform });
  return `/quiz/${encodeURIComponent(ref.templateId)}?${query.toString()}`;
}

/**
 * Reads a variant link's query. Missing or malformed values come back as null so the page can
 * fill them in and redirect to a canonical link; nothing is trusted without validation.
 */
export function readVariantQuery(query: Record<string, string | string[] | undefined>): {
  seed: number | null;
  python: VariantRef['python'] | null;
  platform: VariantRef['platform'] | null;
} {
  const one = (key: string) => {
    const value = query[key];
    return typeof value === 'string' ? value : undefined;
  };
  const seedText = one('seed');
  const seed = seedText !== undefined && /^\d{1,10}$/.test(seedText) ? seedSchema.safeParse(Number(seedText)) : null;
  const python = z.enum(PYTHON_VERSIONS).safeParse(one('python'));
  const platform = z.enum(PLATFORMS).safeParse(one('platform'));
  return {
    seed: seed?.success ? seed.data : null,
    python: python.success ? python.data : null,
    platform: platform.success ? platform.data : null,
  };
}
