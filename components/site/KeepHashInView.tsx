'use client';
// After a jump to a section (#id), content above it can still grow: interactive cells replace their
// plain-code placeholders once their code has loaded. Keep the section in view while that settles,
// and stop as soon as the reader scrolls, types or clicks.
import { useEffect } from 'react';

const SETTLE_MS = 4000;

export function KeepHashInView() {
  useEffect(() => {
    let target: HTMLElement | null = null;
    let until = 0;
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      target = id ? document.getElementById(id) : null;
      until = performance.now() + SETTLE_MS;
    };
    const release = () => {
      target = null;
    };
    const observer = new ResizeObserver(() => {
      if (target && performance.now() < until) target.scrollIntoView({ block: 'start', behavior: 'instant' });
    });
    observer.observe(document.body);
    follow();
    window.addEventListener('hashchange', follow);
    const interactions = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const type of interactions) window.addEventListener(type, release, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', follow);
      for (const type of interactions) window.removeEventListener(type, release);
    };
  }, []);
  return null;
}
