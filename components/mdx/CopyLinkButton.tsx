'use client';

import { useState } from 'react';

/**
 * A link to the section (so it works without JavaScript and updates the URL hash) that also
 * copies the section's full URL to the clipboard when the browser allows it.
 */
export function CopyLinkButton({ id, label }: { id: string; label: string }) {
  const [copied, setCopied] = useState(false);

  function copy() {
    const url = `${window.location.origin}${window.location.pathname}#${id}`;
    navigator.clipboard?.writeText(url).then(
      () => {
        setCopied(true);
        window.setTimeout(() => setCopied(false), 1600);
      },
      () => {},
    );
  }

  return (
    <a
      href={`#${id}`}
      onClick={copy}
      className="heading-anchor ml-2 inline-flex items-center rounded px-1 align-middle text-base font-normal text-slate-500 no-underline opacity-70 transition hover:text-sky-700 hover:opacity-100 focus-visible:opacity-100 group-hover/heading:opacity-100 dark:text-slate-400 dark:hover:text-sky-300"
      aria-label={`Copy link to section: ${label}`}
      title="Copy link to this section"
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
        <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
      </svg>
      <span role="status" className={copied ? 'ml-1 text-xs' : 'sr-only'}>
        {copied ? 'Link copied' : ''}
      </span>
    </a>
  );
}
