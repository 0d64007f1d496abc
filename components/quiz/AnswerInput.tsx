'use client';
// One input per kind of question. Every group is a fieldset whose legend carries the prompt for
// screen readers; everything works with the keyboard alone (ordering uses Move up / Move down buttons).
import { useRef, useState } from 'react';
import type { LearnerResponse } from '@/lib/quiz/public-types';
import type { PublicAsk } from '@/lib/quiz/variant';
import type { Option } from '@/lib/quiz/template';
import { RichText } from './RichText';

export interface AnswerInputProps {
  ask: PublicAsk;
  prompt: string;
  response: LearnerResponse;
  onChange(response: LearnerResponse): void;
  disabled: boolean;
  /** Unique per question on the page (names radio groups). */
  idPrefix: string;
}

const legendClass = 'mb-2 text-sm font-semibold text-slate-800 dark:text-slate-200';
const optionClass =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-slate-800 hover:border-sky-500 has-[input:checked]:border-sky-600 has-[input:checked]:bg-sky-50 has-[input:disabled]:cursor-default has-[input:disabled]:hover:border-slate-300 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-sky-400 dark:has-[input:checked]:border-sky-400 dark:has-[input:checked]:bg-sky-950';
const controlClass = 'mt-1 size-4 shrink-0 accent-sky-700 dark:accent-sky-400';

function Legend({ prompt, hint }: { prompt: string; hint: string }) {
  return (
    <legend className={legendClass}>
      <span className="sr-only">{prompt} </span>
      {hint}
    </legend>
  );
}

export function AnswerInput(props: AnswerInputProps) {
  switch (props.ask.kind) {
    case 'number':
      return <NumberAnswer {...props} />;
    case 'boolean':
      return (
        <OptionList
          {...props}
          type="radio"
          hint="Your answer"
          options={[
            { id: 'True', label: 'True' },
            { id: 'False', label: 'False' },
          ]}
          inline
        />
      );
    case 'choice':
      return <OptionList {...props} type="radio" hint="Choose one" options={props.ask.options} />;
    case 'multi':
      return <OptionList {...props} type="checkbox" hint="Choose all that apply" options={props.ask.options} />;
    case 'order':
      return <OrderAnswer {...props} items={props.ask.items} />;
    case 'classify':
      return <ClassifyAnswer {...props} items={props.ask.items} categories={props.ask.categories} />;
  }
}

function NumberAnswer({ response, onChange, disabled, idPrefix, prompt }: AnswerInputProps) {
  return (
    <div>
      <label htmlFor={`${idPrefix}-number`} className={`block ${legendClass}`}>
        <span className="sr-only">{prompt} </span>Your answer
      </label>
      <input
        id={`${idPrefix}-number`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={typeof response === 'string' ? response : ''}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-describedby={`${idPrefix}-number-hint`}
        className="w-40 rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-lg text-slate-900 disabled:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:disabled:bg-slate-800"
        data-testid="answer-number"
      />
      <p id={`${idPrefix}-number-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        A whole number, as the line prints it.
      </p>
    </div>
  );
}

function OptionList({
  type,
  hint,
  options,
  inline = false,
  response,
  onChange,
  disabled,
  idPrefix,
  prompt,
}: AnswerInputProps & { type: 'radio' | 'checkbox'; hint: string; options: readonly Option[]; inline?: boolean }) {
  const picked = (id: string) => (type === 'radio' ? response === id : Array.isArray(response) && response.includes(id));
  const toggle = (id: string, on: boolean) => {
    if (type === 'radio') return onChange(id);
    const current = Array.isArray(response) ? response : [];
    onChange(on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id));
  };
  return (
    <fieldset disabled={disabled} data-testid="answer-options">
      <Legend prompt={prompt} hint={hint} />
      <div className={inline ? 'flex flex-wrap gap-2' : 'grid gap-2'}>
        {options.map((option) => (
          <label key={option.id} className={`${optionClass} ${inline ? 'min-w-28' : ''}`}>
            <input
              type={type}
              name={`${idPrefix}-choice`}
              value={option.id}
              checked={picked(option.id)}
              onChange={(e) => toggle(option.id, e.target.checked)}
              className={controlClass}
            />
            <span className="min-w-0">
              <RichText text={option.label} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function OrderAnswer({ items, response, onChange, disabled, prompt }: AnswerInputProps & { items: readonly Option[] }) {
  const order = Array.isArray(response) && response.length === items.length ? response : items.map((i) => i.id);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const labelOf = (id: string) => items.find((i) => i.id === id)?.label ?? id;

  function move(id: string, delta: -1 | 1) {
    const from = order.indexOf(id);
    const to = from + delta;
    if (disabled || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to], next[from]];
    onChange(next);
    setAnnouncement(`${labelOf(id)}: now ${to + 1} of ${order.length}.`);
    // Keep focus on the moved item; at an end, on the button that can still move it.
    const direction = to === 0 ? 'down' : to === order.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    setTimeout(() => buttons.current.get(`${id}:${direction}`)?.focus(), 0);
  }

  const btn =
    'inline-flex size-9 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 aria-disabled:cursor-default aria-disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
  return (
    <fieldset disabled={disabled} data-testid="answer-order">
      <Legend prompt={prompt} hint="Put these in the order they happen, first at the top" />
      <ol className="grid gap-2">
        {order.map((id, index) => (
          <li
            key={id}
            className="flex items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            data-testid="order-item"
            data-id={id}
          >
            <span aria-hidden="true" className="w-5 shrink-0 text-right font-semibold text-slate-600 tabular-nums dark:text-slate-400">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1">
              <RichText text={labelOf(id)} />
            </span>
            <span className="flex shrink-0 gap-1">
              <button
                type="button"
                ref={(el) => void (el ? buttons.current.set(`${id}:up`, el) : buttons.current.delete(`${id}:up`))}
                onClick={() => move(id, -1)}
                aria-disabled={index === 0}
                aria-label={`Move “${labelOf(id)}” up`}
                className={btn}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                ref={(el) => void (el ? buttons.current.set(`${id}:down`, el) : buttons.current.delete(`${id}:down`))}
                onClick={() => move(id, 1)}
                aria-disabled={index === order.length - 1}
                aria-label={`Move “${labelOf(id)}” down`}
                className={btn}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

function ClassifyAnswer({
  items,
  categories,
  response,
  onChange,
  disabled,
  idPrefix,
  prompt,
}: AnswerInputProps & { items: readonly Option[]; categories: readonly Option[] }) {
  const chosen = typeof response === 'object' && !Array.isArray(response) ? response : {};
  return (
    <fieldset disabled={disabled} data-testid="answer-classify">
      <Legend prompt={prompt} hint="Choose one for each" />
      <div className="grid gap-3">
        {items.map((item) => (
          <fieldset key={item.id} className="rounded-lg border border-slate-300 px-3 pt-1 pb-3 dark:border-slate-600" data-testid="classify-item" data-id={item.id}>
            <legend className="px-1 text-sm font-medium text-slate-900 dark:text-slate-100">
              <RichText text={item.label} />
            </legend>
            <div className="flex flex-wrap gap-2">
              {categories.map((category) => (
                <label key={category.id} className={`${optionClass} py-1.5 text-sm`}>
                  <input
                    type="radio"
                    name={`${idPrefix}-${item.id}`}
                    value={category.id}
                    checked={chosen[item.id] === category.id}
                    onChange={() => onChange({ ...chosen, [item.id]: category.id })}
                    className={controlClass}
                  />
                  <RichText text={category.label} />
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
