'use client';
// The page for one exact variant (a shared link): the question, its link, another variant of the
// same template, and the same seed on another Python version. Every change is a new URL.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { variantPath } from '@/lib/quiz/links';
import type { QuestionView } from '@/lib/quiz/public-types';
import { CopyVariantLink } from './CopyVariantLink';
import { QuestionCard } from './QuestionCard';
import { quizButton } from './styles';
import { VersionPicker } from './VersionPicker';

export function clientSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

export function SingleQuiz({ question }: { question: QuestionView }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // After "Try another variant" the new question's heading takes focus; on arrival it does not.
  const [moved, setMoved] = useState(false);
  const go = (path: string, focus: boolean) => {
    setMoved(focus);
    startTransition(() => router.push(path));
  };
  const anotherVariant = () => go(variantPath({ ...question, seed: clientSeed() }), true);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <VersionPicker
          id="single-quiz-python"
          value={question}
          disabled={pending}
          onChange={(target) => go(variantPath({ templateId: question.templateId, seed: question.seed, ...target }), false)}
        />
        <CopyVariantLink variant={question} />
      </div>
      <div aria-busy={pending} className={pending ? 'opacity-60 transition-opacity' : ''}>
        <QuestionCard
          key={`${question.templateId}:${question.seed}:${question.python}:${question.platform}`}
          question={question}
          showTitle={false}
          focusOnMount={moved}
          actions={() => (
            <>
              <button type="button" className={quizButton.primary} onClick={anotherVariant} disabled={pending} data-testid="quiz-another">
                Try another variant
              </button>
              <Link href={`/quiz?lesson=${encodeURIComponent(question.lesson)}`} className={quizButton.secondary}>
                More questions from this lesson
              </Link>
            </>
          )}
        />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Variant {question.seed} of “{question.title}”. The same link always opens this exact question, on any computer.
      </p>
    </div>
  );
}
