'use client';
// The instructor secret lives in the page's #key=... fragment. Read through useSyncExternalStore
// (undefined while rendering on the server); a rotation replaces it with history.replaceState,
// which keeps the old key out of the back/forward list.
import { useCallback, useState, useSyncExternalStore } from 'react';

export function readKeyFromHash(hash: string): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]{16,128})(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useOrigin(): string {
  return useSyncExternalStore(() => () => {}, () => window.location.origin, () => '');
}

export function useInstructorKey(): { key: string | null; ready: boolean; replace(next: string): void } {
  const fromHash = useSyncExternalStore(subscribe, () => readKeyFromHash(window.location.hash), () => undefined);
  const [replaced, setReplaced] = useState<string | null>(null);
  const replace = useCallback((next: string) => {
    window.history.replaceState(null, '', `${window.location.pathname}#key=${next}`);
    setReplaced(next);
  }, []);
  return { key: replaced ?? fromHash ?? null, ready: fromHash !== undefined, replace };
}
