declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { LessonMeta } from '@/lib/content/meta';
  export const meta: LessonMeta;
  export default function MDXContent(props: MDXProps): React.JSX.Element;
}
