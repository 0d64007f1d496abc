// The table of contents: level-2 and level-3 Markdown headings read from the lesson source.
import { headingId } from './slug';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** Strips inline Markdown so the text matches what the rendered heading contains. */
export function plainHeadingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function extractHeadings(source: string): TocEntry[] {
  const entries: TocEntry[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = plainHeadingText(heading[2]);
    entries.push({ id: headingId(text), text, depth: heading[1].length as 2 | 3 });
  }
  return entries;
}
