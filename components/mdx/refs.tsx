import type { ReactNode } from 'react';

/** The CPython release the lesson outputs were recorded with; source links point at its tag. */
export const CPYTHON_REF = 'v3.12.1';

/** An inline link to a file (optionally a line) in the CPython repository at a fixed tag. */
export function CPython({ path, line, tag = CPYTHON_REF, children }: { path: string; line?: number; tag?: string; children?: ReactNode }) {
  const href = `https://github.com/python/cpython/blob/${tag}/${path}${line ? `#L${line}` : ''}`;
  return (
    <a href={href} className="source-ref" title={`CPython ${tag}: ${path}`}>
      {children ?? <code>{path}</code>}
    </a>
  );
}

/** An inline link to a Python Enhancement Proposal. */
export function Pep({ number, children }: { number: number; children?: ReactNode }) {
  const href = `https://peps.python.org/pep-${String(number).padStart(4, '0')}/`;
  return <a href={href}>{children ?? `PEP ${number}`}</a>;
}
