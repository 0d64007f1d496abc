'use client';

import { useEffect, useState } from 'react';
import type { TocEntry } from '@/lib/content/headings';

/** The id of the last section heading that has scrolled past the top of the viewport. */
function useActiveHeading(ids: string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    const elements = ids.map((id) => document.getElementById(id)).filter((element) => element !== null);
    if (elements.length === 0) return;
    const update = () => {
      let current: string | null = null;
      for (const element of elements) {
        if (element.getBoundingClientRect().top <= 120) current = element.id;
      }
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -60% 0px', threshold: [0, 1] });
    elements.forEach((element) => observer.observe(element));
    window.addEventListener('hashchange', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', update);
    };
  }, [ids]);
  return active;
}

/** "On this page": links to the lesson's sections (plain anchors; the browser scrolls). */
export function TableOfContents({ headings, id }: { headings: TocEntry[]; id: string }) {
  const [ids] = useState(() => headings.map((heading) => heading.id));
  const active = useActiveHeading(ids);
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby={id}>
      <p id={id} className="mb-3 text-xs font-bold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        On this page
      </p>
      <ul className="space-y-2 border-l border-slate-200 text-sm dark:border-slate-800">
        {headings.map((heading) => {
          const isActive = heading.id === active;
          return (
            <li key={heading.id}>
              <a
                href={`#${heading.id}`}
                aria-current={isActive ? 'location' : undefined}
                className={`-ml-px block border-l-2 ${heading.depth === 3 ? 'pl-7' : 'pl-4'} ${
                  isActive
                    ? 'border-sky-700 font-medium text-sky-800 dark:border-sky-400 dark:text-sky-300'
                    : 'border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
                }`}
              >
                {heading.text}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
