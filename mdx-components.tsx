// The lesson vocabulary: every tag an MDX lesson may use, without importing it.
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { LessonCell } from '@/components/mdx/LessonCell';
import { Recorded } from '@/components/mdx/Recorded';
import { LessonQuiz } from '@/components/quiz';
import { Value } from '@/components/mdx/Value';
import { Actually, CPython, DeepDive, Heading, LearningGoals, Myth, Note, Pep, Pitfall, Pre, Recap, References } from '@/components/mdx';

const components: MDXComponents = {
  h2: ({ children }: ComponentProps<'h2'>) => <Heading level={2}>{children}</Heading>,
  h3: ({ children }: ComponentProps<'h3'>) => <Heading level={3}>{children}</Heading>,
  pre: Pre,
  LearningGoals,
  Myth,
  Actually,
  Note,
  Pitfall,
  DeepDive,
  Recap,
  References,
  CPython,
  Pep,
  Cell: LessonCell,
  Value,
  Recorded,
  LessonQuiz,
};

/** The capitalised tags a lesson may use (checked by tests/content). */
export const lessonComponentNames: readonly string[] = Object.keys(components).filter((name) => /^[A-Z]/.test(name));

export function useMDXComponents(): MDXComponents {
  return components;
}
