import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonComponentNames } from '@/mdx-components';

const lessonsDir = path.join(process.cwd(), 'content', 'lessons');

/** Capitalised JSX tags used outside code fences (MDX would fail the build on an unknown one). */
function usedComponents(source: string): string[] {
  const outsideFences = source.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
  const withoutInlineCode = outsideFences.replace(/`[^`\n]*`/g, '');
  return [...new Set([...withoutInlineCode.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((match) => match[1]))];
}

describe('lesson components', () => {
  it('finds tags outside code and ignores those inside code', () => {
    expect(usedComponents('<Note>x</Note>\n`<Fake>`\n```tsx\n<Other />\n```\n<Pep number={1} />')).toEqual(['Note', 'Pep']);
  });

  it('registers the whole lesson vocabulary', () => {
    for (const name of ['LearningGoals', 'Myth', 'Actually', 'Note', 'Pitfall', 'DeepDive', 'Recap', 'References', 'CPython', 'Pep']) {
      expect(lessonComponentNames).toContain(name);
    }
  });

  for (const file of readdirSync(lessonsDir).filter((name) => name.endsWith('.mdx'))) {
    it(`${file} uses only registered components`, () => {
      const unknown = usedComponents(readFileSync(path.join(lessonsDir, file), 'utf8')).filter((name) => !lessonComponentNames.includes(name));
      expect(unknown).toEqual([]);
    });
  }
});
