'use client';
// The playground's cell. With a shared state it opens that state and runs to its step; the URL
// then follows the state (without new history entries), so reloading keeps what is on screen.
import { useCallback, useEffect, useRef } from 'react';
import { Cell } from '@/components/cell/Cell';
import type { ShareState } from '@/lib/share/schema';

const STARTER = `# Names refer to objects; objects carry reference counts.
import sys

a = [1, 2, 3]
b = a              # a second reference to the same list
print(a is b, sys.getrefcount(a))
b.append(4)        # mutation is visible through both names
print(a)
del b
print(sys.getrefcount(a))
`;

export function Playground({ shared }: { shared: ShareState | null }) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const first = useRef(true);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const follow = useCallback((state: ShareState) => {
    if (first.current) {
      first.current = false; // the state the page opened with is already in the URL (or is the starter)
      return;
    }
    if (timer.current) clearTimeout(timer.current);
    // The codec (zod, lz-string) loads with the cell, not with the page's first JavaScript.
    timer.current = setTimeout(() => {
      void import('@/lib/share/codec').then(({ sharePath }) => window.history.replaceState(null, '', sharePath(state)));
    }, 400);
  }, []);

  return (
    <Cell
      verbatim
      title="Playground"
      code={shared?.code ?? STARTER}
      python={shared?.python}
      platform={shared?.platform}
      step={shared?.step}
      onStateChange={follow}
    />
  );
}
