// Highlights a quiz program on the server into plain tokens (text + light/dark colours), so the
// browser gets coloured code without shipping a highlighter. Same themes as the lessons' code blocks.
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { CodeToken } from './public-types';

const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<HighlighterCore> | null = null;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: [import('shiki/langs/python.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** Plain, uncoloured lines: the fallback if highlighting fails (the question must still show). */
export function plainLines(program: string): CodeToken[][] {
  return program.replace(/\n$/, '').split('\n').map((line) => [{ text: line }]);
}

export async function highlightPython(program: string): Promise<CodeToken[][]> {
  try {
    const h = await getHighlighter();
    const { tokens } = h.codeToTokens(program.replace(/\n$/, ''), { lang: 'python', themes: THEMES, defaultColor: false });
    return tokens.map((line) =>
      line.map((token) => {
        const style = token.htmlStyle ?? {};
        return { text: token.content, light: style['--shiki-light'], dark: style['--shiki-dark'] };
      }),
    );
  } catch {
    return plainLines(program);
  }
}
