'use client';
// The instructor secret lives in the page's #key=... fragment. Reads it once, and lets a rotation
// replace it without a reload (history.replaceState keeps it out of the back/forward list).
import { useCallback, useEffect, useState } from 'react';

export function readKeyFromHash(hash: string): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]{16,128})(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}

export function useInstructorKey(): { key: string | null; ready: boolean; replace(next: string): void } {
  const [key, setKey] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const read = () => setKey(readKeyFromHash(window.location.hash));
    read();
    setReady(true);
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const replace = useCallback((next: string) => {
    window.history.replaceState(null, '', `${window.location.pathname}#key=${next}`);
    setKey(next);
  }, []);
  return { key, ready, replace };
}
