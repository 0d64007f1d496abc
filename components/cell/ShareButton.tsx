'use client';
// "Copy link": the exact state (code, version, platform, step) in a /play URL.
import { useState } from 'react';
import { sharePath } from '@/lib/share/codec';
import type { ShareState } from '@/lib/share/schema';

export function ShareButton({ state, className }: { state: () => ShareState; className: string }) {
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);

  async function copy() {
    const url = new URL(sharePath(state()), window.location.origin).toString();
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard refused (permissions, insecure context): the link is shown for manual copying.
    }
    setLink({ url, copied });
  }

  return (
    <>
      <button type="button" onClick={copy} className={className} data-testid="copy-link">
        Copy link
      </button>
      {link && (
        <div role="status" className="flex w-full min-w-0 items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
          <span className="shrink-0 font-medium">{link.copied ? 'Link copied:' : 'Copy this link:'}</span>
          <input
            readOnly
            value={link.url}
            aria-label="Share link"
            data-testid="share-url"
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
          />
        </div>
      )}
    </>
  );
}
