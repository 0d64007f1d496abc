import type { ReactNode } from 'react';
import { headingId } from '@/lib/content/slug';
import { CopyLinkButton } from './CopyLinkButton';
import { textOf } from './text';

interface HeadingProps {
  level: 2 | 3;
  children?: ReactNode;
}

/** A section heading with a stable id (derived from its text) and a "copy link" control. */
export function Heading({ level, children }: HeadingProps) {
  const text = textOf(children);
  const id = headingId(text);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className="group/heading relative scroll-mt-20">
      <span>{children}</span>
      <CopyLinkButton id={id} label={text} />
    </Tag>
  );
}
