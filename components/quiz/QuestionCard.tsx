'use client';
// One question: its program, the prompt, an answer input for its kind, and, once answered
// (graded on the server), the feedback. Focus moves to the verdict when it arrives.
import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from 'react';
import { answerAction } from '@/app/quiz/actions';
import type { Feedback, LearnerResponse, QuestionView } from '@/lib/quiz/public-types';
import { AnswerInput } from './AnswerInput';
import { FeedbackPanel } from './FeedbackPanel';
import { ProgramView } from './ProgramView';
import { describeResponse, emptyResponse, missingPart } from './response';
import { quizButton } from './styles';
import { targetLabel } from './VersionPicker';

export interface QuestionCardProps {
  question: QuestionView;
  /** "Question 2 of 5" in a lesson quiz. */
  position?: string;
  /** Called once with the grade (the lesson quiz keeps score). */
  onAnswered?(feedback: Feedback): void;
  /** What comes after the feedback: given the feedback, the buttons to show. */
  actions?(feedback: Feedback): ReactNode;
  /** Move focus to the question's heading when it appears (a new question replaced the old one). */
  focusOnMount?: boolean;
  headingLevel?: 2 | 3;
  /** Off where the page heading already names the template. */
  showTitle?: boolean;
}

export function QuestionCard({ question, position, onAnswered, actions, focusOnMount = false, headingLevel = 2, showTitle = true }: QuestionCardProps) {
  const idPrefix = useId().replace(/:/g, '');
  const [response, setResponse] = useState<LearnerResponse>(() => emptyResponse(question.ask));
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (feedback) verdictRef.current?.focus();
  }, [feedback]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (feedback || pending) return;
    const missing = missingPart(question.ask, response);
    if (missing) {
      setMessage(missing);
      return;
    }
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await answerAction({
          templateId: question.templateId,
          seed: question.seed,
          python: question.python,
          platform: question.platform,
          response,
        });
        if (!result.ok) return setMessage(result.error);
        setFeedback(result.value);
        onAnswered?.(result.value);
      } catch {
        setMessage('Your answer could not be sent. Check your connection and try again.');
      }
    });
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const promptId = `${idPrefix}-prompt`;
  return (
    <article
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-950"
      aria-labelledby={promptId}
      data-testid="quiz-question"
      data-template={question.templateId}
      data-lesson={question.lesson}
      data-seed={question.seed}
      data-python={question.python}
      data-platform={question.platform}
      data-kind={question.ask.kind}
    >
      <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        {position && <span className="font-semibold text-sky-800 dark:text-sky-300">{position}</span>}
        <span>{question.topicLabel}</span>
        <span aria-hidden="true">·</span>
        <span>{targetLabel(question)}</span>
      </div>
      {showTitle && <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{question.title}</p>}
      <Heading ref={headingRef} tabIndex={-1} id={promptId} className="mt-1 mb-4 text-xl font-bold text-balance text-slate-900 outline-none dark:text-white" data-testid="quiz-prompt">
        {question.prompt}
      </Heading>

      <ProgramView lines={question.lines} askedLines={question.askedLines} label={`Program for: ${question.prompt}`} />

      <form onSubmit={submit} className="mt-5 space-y-4" noValidate>
        <AnswerInput ask={question.ask} prompt={question.prompt} response={response} onChange={setResponse} disabled={feedback !== null || pending} idPrefix={idPrefix} />
        {!feedback && (
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={quizButton.primary} disabled={pending} data-testid="quiz-submit">
              {pending ? 'Checking…' : 'Check answer'}
            </button>
          </div>
        )}
        <p aria-live="polite" className="min-h-0 text-sm text-rose-800 empty:hidden dark:text-rose-300" data-testid="quiz-message">
          {message}
        </p>
      </form>

      <div aria-live="polite" className="sr-only">
        {feedback ? `${feedback.correct ? 'Right.' : feedback.score > 0 ? `Partly right, ${Math.round(feedback.score * 100)} percent.` : 'Not quite.'} The correct answer is ${feedback.answerText}.` : ''}
      </div>
      {feedback && <FeedbackPanel ref={verdictRef} question={question} feedback={feedback} yourAnswer={describeResponse(question.ask, response)} actions={actions?.(feedback)} />}
    </article>
  );
}
