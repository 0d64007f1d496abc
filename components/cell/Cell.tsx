'use client';
// <Cell> for MDX lessons and the playground. This file stays tiny: the editor, workers and diagram
// load on the client after the page is readable (next/dynamic, no SSR). Until then, and without
// JavaScript, the program is shown as plain code so the lesson reads complete.
import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import { dedentCode } from '@/lib/content/dedent';
import type { CellProps } from './CellApp';

export type { CellProps };

const CodeForFallback = createContext<{ code: string; title?: string }>({ code: '' });

function LoadingCell() {
  const { code, title } = useContext(CodeForFallback);
  return (
    <div className="not-prose my-6 overflow-hidden rounded-2xl border border-slate-200 dark:border-slate-700" data-testid="cell-loading" aria-busy="true">
      <div className="border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
        {title ? `${title}: ` : ''}loading the interactive cell…
      </div>
      <pre className="m-0 overflow-x-auto bg-white px-4 py-3 font-mono text-sm leading-relaxed text-slate-800 dark:bg-slate-950 dark:text-slate-200">
        <code>{code === '' ? ' ' : code}</code>
      </pre>
    </div>
  );
}

const CellApp = dynamic(() => import('./CellApp'), { ssr: false, loading: LoadingCell });

export function Cell({ verbatim = false, ...props }: CellProps & { verbatim?: boolean }) {
  // Lessons write code in indented template literals; shared links carry the exact text.
  const code = verbatim ? (props.code ?? '') : dedentCode(props.code);
  return (
    <CodeForFallback.Provider value={{ code, title: props.title }}>
      <CellApp {...props} code={code} />
    </CodeForFallback.Provider>
  );
}

export default Cell;
