import type { ComponentProps } from 'react';

/**
 * rehype-pretty-code has already highlighted the code at build time; this only adds the frame.
 * Scrollable code regions must be keyboard-focusable (axe: scrollable-region-focusable).
 */
export function Pre(props: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}
