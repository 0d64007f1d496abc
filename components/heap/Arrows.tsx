'use client';
// Arrows from names and container slots to the objects they reference. Cards are ordinary HTML
// (readable, focusable, selectable); this SVG overlay is measured from their boxes after layout
// and on resize, and is hidden from assistive technology (the text view says the same).
import { useLayoutEffect, useRef, useState } from 'react';

interface Arrow {
  key: string;
  d: string;
  to: number;
}

/** Draws over its parent element, which must be positioned (relative). */
export function Arrows({ deps, highlight }: { deps: unknown[]; highlight: number | null }) {
  // The parent is measured through the svg itself: a parent's ref is not attached yet when a
  // child's layout effect first runs.
  const svg = useRef<SVGSVGElement>(null);
  const [arrows, setArrows] = useState<Arrow[]>([]);
  const [size, setSize] = useState({ w: 0, h: 0 });

  useLayoutEffect(() => {
    const root = svg.current?.parentElement;
    if (!root) return;
    const measure = () => {
      const box = root.getBoundingClientRect();
      const next: Arrow[] = [];
      root.querySelectorAll<HTMLElement>('[data-arrow-from]').forEach((src) => {
        const to = Number(src.dataset.arrowTo);
        const target = root.querySelector<HTMLElement>(`[data-obj="${to}"]`);
        const dot = src.querySelector<HTMLElement>('[data-arrow-dot]') ?? src;
        if (!target) return;
        const a = dot.getBoundingClientRect();
        const b = target.getBoundingClientRect();
        const sx = a.left + a.width / 2 - box.left;
        const sy = a.top + a.height / 2 - box.top;
        // Forward: into the target's left edge. Same column (stacked in a narrow cell): loop
        // through the gap on the left. Backwards (cycles): loop round on the right.
        const left = b.left - box.left;
        const right = b.right - box.left;
        const kind = left >= sx ? 'forward' : right >= sx ? 'same-column' : 'backward';
        const tx = kind === 'backward' ? right : left;
        const ty = Math.min(Math.max(sy, b.top - box.top + 12), b.bottom - box.top - 12);
        const bend = Math.max(30, Math.abs(tx - sx) / 2);
        const loop = 40 + Math.min(80, Math.abs(ty - sy) / 4);
        const d =
          kind === 'forward'
            ? `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`
            : kind === 'same-column'
              ? `M ${sx} ${sy} C ${tx - 22} ${sy}, ${tx - 22} ${ty}, ${tx} ${ty}`
              : `M ${sx} ${sy} C ${Math.max(sx, tx) + loop} ${sy}, ${Math.max(sx, tx) + loop} ${ty}, ${tx} ${ty}`;
        next.push({ key: src.dataset.arrowFrom!, d, to });
      });
      setArrows(next);
      setSize({ w: root.scrollWidth, h: root.scrollHeight });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return (
    <svg ref={svg} aria-hidden="true" className="pointer-events-none absolute top-0 left-0 overflow-visible" width={size.w} height={size.h}>
      <defs>
        <marker id="memlab-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-slate-500 dark:fill-slate-400" />
        </marker>
        <marker id="memlab-arrowhead-hi" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-sky-600 dark:fill-sky-400" />
        </marker>
      </defs>
      {arrows.map((a) => {
        const hi = a.to === highlight;
        return (
          <path
            key={a.key}
            d={a.d}
            fill="none"
            strokeWidth={hi ? 2.5 : 1.5}
            markerEnd={`url(#${hi ? 'memlab-arrowhead-hi' : 'memlab-arrowhead'})`}
            className={hi ? 'stroke-sky-600 dark:stroke-sky-400' : 'stroke-slate-400 dark:stroke-slate-500'}
          />
        );
      })}
    </svg>
  );
}
