// Heading ids and lesson slugs. The heading component (browser and server) and the table of
// contents (read from the MDX source at build time) must agree, so both use headingId().
import { z } from 'zod';

/** A lesson slug: lowercase words joined by single hyphens, e.g. `names-and-objects`. */
export const lessonSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters and digits joined by single hyphens');

/** Turns heading text into a stable, URL-safe id: "`is` versus `==`" becomes "is-versus". */
export function headingId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .trim()
    .replace(/[\s-]+/g, '-');
}
