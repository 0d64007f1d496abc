// A fixed-window rate limiter kept in memory: enough for one server process (the app runs as one).
// Keys are e.g. "submit:<browser token>" or "create:<ip>". Old windows are swept as keys arrive.
export interface RateLimiter {
  /** True if the call is allowed (and counted); false once `limit` calls were made in the window. */
  take(key: string, now?: number): boolean;
  /** Seconds until `key` may try again. */
  retryAfter(key: string, now?: number): number;
}

export function createRateLimiter(limit: number, windowMs: number, maxKeys = 50_000): RateLimiter {
  const windows = new Map<string, { start: number; used: number }>();
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
  };
  return {
    take(key, now = Date.now()) {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        if (windows.size >= maxKeys) sweep(now);
        // Still full of live windows: refuse rather than grow without bound.
        if (windows.size >= maxKeys) return false;
        w = { start: now, used: 0 };
        windows.set(key, w);
      }
      if (w.used >= limit) return false;
      w.used++;
      return true;
    },
    retryAfter(key, now = Date.now()) {
      const w = windows.get(key);
      return w ? Math.max(0, Math.ceil((w.start + windowMs - now) / 1000)) : 0;
    },
  };
}
