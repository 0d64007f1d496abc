'use client';
// The /teach form: one page, top to bottom like a Google Form: title and instructions, questions
// from the bank (grouped by lesson or topic), the instructor's own questions, then settings.
// The server validates everything again; this form only helps fill it in right.
import { useMemo, useState } from 'react';
import { quizButton } from '@/components/quiz/styles';
import type { ApiResult } from '@/lib/assignments/types';
import { LIMITS } from '@/lib/assignments/limits';
import { CreatedLinks } from './CreatedLinks';
import { CustomQuestionEditor, emptyCustom, type CustomDraft } from './CustomQuestionEditor';
import { REVEAL_LABELS, ui } from './ui';

export interface TemplateChoice {
  readonly id: string;
  readonly title: string;
  readonly lesson: string;
  readonly lessonTitle: string;
  readonly topic: string;
  readonly topicLabel: string;
  readonly python: readonly string[] | null;
}

const TARGETS = [
  { value: '3.10|64bit', label: 'Python 3.10 · 64-bit' },
  { value: '3.11|64bit', label: 'Python 3.11 · 64-bit' },
  { value: '3.12|64bit', label: 'Python 3.12 · 64-bit' },
  { value: '3.13|64bit', label: 'Python 3.13 · 64-bit' },
  { value: '3.14|64bit', label: 'Python 3.14 · 64-bit' },
  { value: '3.14|wasm32', label: 'Python 3.14 · wasm32 (Pyodide)' },
];

type Reveal = keyof typeof REVEAL_LABELS;

/** A datetime-local value ("2026-11-21T15:30") in the browser's zone, as an ISO instant. */
function localToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function CreateAssignmentForm({ templates }: { templates: readonly TemplateChoice[] }) {
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [groupBy, setGroupBy] = useState<'lesson' | 'topic'>('lesson');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** null: follow the number of chosen questions (up to 10) until the instructor sets it. */
  const [bankCount, setBankCount] = useState<number | null>(null);
  const [customs, setCustoms] = useState<CustomDraft[]>([]);
  const [target, setTarget] = useState('3.13|64bit');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [attempts, setAttempts] = useState('1');
  const [reveal, setReveal] = useState<Reveal>('after_submit');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<{ id: string; instructorSecret: string } | null>(null);

  const [python, platform] = target.split('|');
  const fits = (t: TemplateChoice) => !t.python || t.python.includes(python);
  const groups = useMemo(() => {
    const map = new Map<string, { label: string; items: TemplateChoice[] }>();
    for (const t of templates) {
      const key = groupBy === 'lesson' ? t.lesson : t.topic;
      const label = groupBy === 'lesson' ? t.lessonTitle : t.topicLabel;
      if (!map.has(key)) map.set(key, { label, items: [] });
      map.get(key)!.items.push(t);
    }
    return [...map.entries()];
  }, [templates, groupBy]);
  const chosen = templates.filter((t) => selected.has(t.id) && fits(t));
  const effectiveBankCount = chosen.length === 0 ? 0 : bankCount ?? Math.min(chosen.length, 10);
  const total = effectiveBankCount + customs.length;

  function toggle(ids: readonly string[], on: boolean) {
    const next = new Set(selected);
    for (const id of ids) if (on) next.add(id); else next.delete(id);
    setSelected(next);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    if (!title.trim()) return setError('Give the assignment a title.');
    if (total === 0) return setError('Choose at least one question from the bank, or add one of your own.');
    const broken = customs.findIndex((c) => !c.program.trim());
    if (broken >= 0) return setError(`Your question ${broken + 1} has no program.`);
    setPending(true);
    try {
      const response = await fetch('/api/teach', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title, instructions, python, platform,
          templateIds: chosen.map((t) => t.id),
          bankQuestionCount: effectiveBankCount,
          customQuestions: customs.map((c) => ({ program: c.program, ask: { kind: c.kind, line: c.line }, ...(c.prompt.trim() ? { prompt: c.prompt.trim() } : {}) })),
          opensAt: localToIso(opensAt), closesAt: localToIso(closesAt),
          attemptsAllowed: attempts === 'unlimited' ? null : Number(attempts),
          reveal,
        }),
      });
      const result = (await response.json()) as ApiResult<{ id: string; instructorSecret: string }>;
      if (!result.ok) return setError(result.error);
      setCreated(result.value);
      window.scrollTo({ top: 0 });
    } catch {
      setError('The assignment could not be created: check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  if (created) return <CreatedLinks id={created.id} secret={created.instructorSecret} title={title} />;

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-describedby="create-error">
      <section className={ui.card} aria-labelledby="about-heading">
        <h2 id="about-heading" className={ui.h2}>About</h2>
        <div className="mt-4 space-y-4">
          <div>
            <label htmlFor="title" className={ui.label}>Title</label>
            <input id="title" required maxLength={LIMITS.title} value={title} onChange={(e) => setTitle(e.target.value)} className={ui.input} placeholder="Week 3: reference counts" data-testid="assignment-title" />
          </div>
          <div>
            <label htmlFor="instructions" className={ui.label}>Instructions for learners <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span></label>
            <textarea id="instructions" rows={3} maxLength={LIMITS.instructions} value={instructions} onChange={(e) => setInstructions(e.target.value)} className={ui.input} placeholder="Work alone. You may run code in the playground." />
          </div>
          <div className="max-w-sm">
            <label htmlFor="target" className={ui.label}>Python version</label>
            <select id="target" value={target} onChange={(e) => setTarget(e.target.value)} className={ui.input}>
              {TARGETS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
            </select>
            <p className={ui.hint}>Questions and answers are for this version of CPython.</p>
          </div>
        </div>
      </section>

      <section className={ui.card} aria-labelledby="bank-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="bank-heading" className={ui.h2}>Questions from the bank</h2>
          <fieldset className="flex items-center gap-3 text-sm">
            <legend className="sr-only">Group questions by</legend>
            <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">Group by</span>
            {(['lesson', 'topic'] as const).map((g) => (
              <label key={g} className="flex items-center gap-1.5">
                <input type="radio" name="group-by" checked={groupBy === g} onChange={() => setGroupBy(g)} className="accent-sky-700" />
                {g === 'lesson' ? 'Lesson' : 'Topic'}
              </label>
            ))}
          </fieldset>
        </div>
        <p className={ui.hint}>Each learner gets their own variant of every question: same idea, different numbers, answer computed by the simulator.</p>
        <div className="mt-4 grid gap-3 md:grid-cols-2">
          {groups.map(([key, group]) => {
            const ids = group.items.filter(fits).map((t) => t.id);
            const all = ids.length > 0 && ids.every((id) => selected.has(id));
            return (
              <fieldset key={key} className="min-w-0 rounded-xl border border-slate-200 p-3 dark:border-slate-700" data-testid="bank-group">
                <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">{group.label}</legend>
                <label className="flex items-center gap-2 text-sm font-medium text-sky-800 dark:text-sky-300">
                  <input type="checkbox" checked={all} disabled={ids.length === 0} onChange={(e) => toggle(ids, e.target.checked)} className="size-4 accent-sky-700" />
                  All {ids.length} in “{group.label}”
                </label>
                <ul className="mt-2 space-y-1">
                  {group.items.map((t) => (
                    <li key={t.id}>
                      <label className={`flex items-start gap-2 text-sm ${fits(t) ? 'text-slate-800 dark:text-slate-200' : 'text-slate-500 line-through dark:text-slate-500'}`}>
                        <input type="checkbox" value={t.id} checked={selected.has(t.id) && fits(t)} disabled={!fits(t)} onChange={(e) => toggle([t.id], e.target.checked)} className="mt-0.5 size-4 shrink-0 accent-sky-700" data-testid="bank-template" />
                        <span>{t.title}{!fits(t) && <span className="sr-only"> (not about Python {python})</span>}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
        </div>
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="bank-count" className={ui.label}>Bank questions per learner</label>
            <input id="bank-count" type="number" min={0} max={LIMITS.questionCount} value={effectiveBankCount} onChange={(e) => setBankCount(Math.max(0, Math.min(LIMITS.questionCount, Number(e.target.value) || 0)))} className={`${ui.input} w-28`} data-testid="bank-count" />
          </div>
          <p className="pb-2 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
            {chosen.length} chosen{chosen.length > 0 && effectiveBankCount > chosen.length ? ' (some will repeat with other numbers)' : ''}.
          </p>
        </div>
      </section>

      <section className={ui.card} aria-labelledby="custom-heading">
        <h2 id="custom-heading" className={ui.h2}>Your own questions</h2>
        <p className={ui.hint}>Paste a short program and pick the line whose printed value learners must predict. The simulator computes the answer for the Python version below.</p>
        <div className="mt-4 space-y-4">
          {customs.map((c, i) => (
            <CustomQuestionEditor key={c.key} index={i} draft={c} python={python} platform={platform}
              onChange={(next) => setCustoms(customs.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setCustoms(customs.filter((_, j) => j !== i))} />
          ))}
        </div>
        {customs.length < LIMITS.customQuestions && (
          <button type="button" className={`${quizButton.secondary} mt-4`} onClick={() => setCustoms([...customs, emptyCustom()])} data-testid="add-custom">
            + Add a question of your own
          </button>
        )}
      </section>

      <section className={ui.card} aria-labelledby="settings-heading">
        <h2 id="settings-heading" className={ui.h2}>Settings</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="attempts" className={ui.label}>Attempts allowed</label>
            <select id="attempts" value={attempts} onChange={(e) => setAttempts(e.target.value)} className={ui.input} data-testid="attempts">
              {['1', '2', '3', '5', '10'].map((n) => <option key={n} value={n}>{n}</option>)}
              <option value="unlimited">Unlimited</option>
            </select>
          </div>
          <div>
            <label htmlFor="opens" className={ui.label}>Opens <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span></label>
            <input id="opens" type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} className={ui.input} aria-describedby="opens-hint" />
            <p id="opens-hint" className={ui.hint}>Empty: open as soon as you create it.</p>
          </div>
          <div>
            <label htmlFor="closes" className={ui.label}>Closes <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span></label>
            <input id="closes" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} className={ui.input} aria-describedby="closes-hint" />
            <p id="closes-hint" className={ui.hint}>Empty: open until you close it from the results page.</p>
          </div>
        </div>
        <fieldset className="mt-4">
          <legend className={ui.label}>Learners see the right answers</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {(Object.keys(REVEAL_LABELS) as Reveal[]).map((r) => (
              <label key={r} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
                <input type="radio" name="reveal" value={r} checked={reveal === r} onChange={() => setReveal(r)} className="size-4 accent-sky-700" />
                {REVEAL_LABELS[r]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={quizButton.primary} disabled={pending} data-testid="create-assignment">
          {pending ? 'Creating…' : `Create assignment (${total} ${total === 1 ? 'question' : 'questions'} per learner)`}
        </button>
        <p id="create-error" role="alert" className={ui.error} data-testid="create-error">{error}</p>
      </div>
    </form>
  );
}
