// The /myths page lists every claim of docs/source-claims.md, each answered by a lesson that lists it
// in meta.corrects, and links to a section that exists. An unresolved link fails here, not in a reader's
// browser.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_MYTHS, MYTH_GROUPS, mythAnchor, mythHref } from '@/content/myths';
import { listLessons } from '@/lib/content/lessons';

/** The shared docs live beside the checkout; MEMLAB_SOURCE_CLAIMS overrides the location. */
const SOURCE_CLAIMS = process.env.MEMLAB_SOURCE_CLAIMS ?? path.join(process.cwd(), '..', 'shared', 'docs', 'source-claims.md');

/** Claim ids and verdicts from the tables of source-claims.md: `| A1 | claim | wrong | why |`. */
export function parseSourceClaims(markdown: string): Map<string, string> {
  const claims = new Map<string, string>();
  for (const match of markdown.matchAll(/^\|\s*([A-Z][0-9]+)\s*\|.*\|\s*\**(wrong|misleading|right)\**\s*\|[^|\n]*\|\s*$/gm)) {
    claims.set(match[1], match[2]);
  }
  return claims;
}

const lessons = listLessons();
const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));

describe('parseSourceClaims', () => {
  it('reads ids and verdicts from the claim tables and ignores other rows', () => {
    const md = '| id | claim | verdict | why |\n|---|---|---|---|\n| A1 | x `a = 10` | wrong | because |\n| B4 | y | **right** | z |\n| not | a | claim | row |';
    expect([...parseSourceClaims(md)]).toEqual([['A1', 'wrong'], ['B4', 'right']]);
  });
});

describe('the myths data', () => {
  it('has unique ids, and anchors that are unique', () => {
    const ids = ALL_MYTHS.map((myth) => myth.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map(mythAnchor)).size).toBe(ids.length);
  });

  it('puts each claim in the group of its letter', () => {
    for (const group of MYTH_GROUPS) {
      for (const myth of group.myths) expect(myth.id.startsWith(group.letter), myth.id).toBe(true);
    }
  });

  it('gives every claim a paraphrase and a reason', () => {
    for (const myth of ALL_MYTHS) {
      expect(myth.claim.length, myth.id).toBeGreaterThan(20);
      expect(myth.why.length, myth.id).toBeGreaterThan(20);
    }
  });
});

describe.skipIf(!existsSync(SOURCE_CLAIMS))(`every claim of ${SOURCE_CLAIMS}`, () => {
  const source = existsSync(SOURCE_CLAIMS) ? parseSourceClaims(readFileSync(SOURCE_CLAIMS, 'utf8')) : new Map<string, string>();

  it('is read from the file (the parser found the tables)', () => {
    expect(source.size).toBeGreaterThan(10);
  });

  it('is on the myths page with the same verdict, and nothing else is', () => {
    const listed = new Map(ALL_MYTHS.map((myth) => [myth.id, myth.verdict]));
    expect([...listed].sort()).toEqual([...source].sort());
  });
});

describe('every claim is answered by a lesson', () => {
  it.each(ALL_MYTHS.map((myth) => [myth.id, myth] as const))('%s is in some lesson’s meta.corrects', (_id, myth) => {
    const answering = lessons.filter((lesson) => lesson.corrects.includes(myth.id)).map((lesson) => lesson.slug);
    expect(answering, `no lesson lists ${myth.id} in meta.corrects`).not.toEqual([]);
  });

  it.each(ALL_MYTHS.map((myth) => [mythHref(myth), myth] as const))('%s resolves to a lesson heading', (_href, myth) => {
    const lesson = bySlug.get(myth.lesson);
    expect(lesson, `no lesson ${myth.lesson} (content/lessons/${myth.lesson}.mdx)`).toBeDefined();
    const ids = lesson!.headings.map((heading) => heading.id);
    expect(ids, `${myth.id}: no heading #${myth.section} in ${myth.lesson}`).toContain(myth.section);
    expect(lesson!.corrects, `${myth.id} links to ${myth.lesson}, which does not list it in meta.corrects`).toContain(myth.id);
  });
});

/** Markdown links to lessons, `[text](/learn/slug#heading)`, in a lesson's source. */
export function lessonLinks(source: string): { slug: string; hash: string | null }[] {
  return [...source.matchAll(/\]\(\/learn\/([a-z0-9-]+)(?:#([a-z0-9-]+))?\)/g)].map((m) => ({ slug: m[1], hash: m[2] ?? null }));
}

describe('links between lessons', () => {
  it('finds lesson links with and without a section', () => {
    expect(lessonLinks('see [a](/learn/x-y#z-1) and [b\nc](/learn/q), not [d](/play)')).toEqual([
      { slug: 'x-y', hash: 'z-1' },
      { slug: 'q', hash: null },
    ]);
  });

  const cases = lessons.flatMap((lesson) =>
    lessonLinks(readFileSync(path.join(process.cwd(), 'content', 'lessons', `${lesson.slug}.mdx`), 'utf8')).map((link) => ({ from: lesson.slug, ...link })));
  it.each(cases.map((c) => [`${c.from} → /learn/${c.slug}${c.hash ? `#${c.hash}` : ''}`, c] as const))('%s resolves', (_name, link) => {
    const target = bySlug.get(link.slug);
    expect(target, `no lesson ${link.slug}`).toBeDefined();
    if (link.hash) expect(target!.headings.map((heading) => heading.id)).toContain(link.hash);
  });
});
