// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LearnerResponse } from '@/lib/quiz/public-types';
import type { PublicAsk } from '@/lib/quiz/variant';
import { AnswerInput } from './AnswerInput';
import { parseQuizStore } from './quiz-store';
import { describeResponse, emptyResponse, missingPart } from './response';

afterEach(cleanup);

const items = [
  { id: 'a', label: 'A dies' },
  { id: 'b', label: 'B dies' },
  { id: 'c', label: 'C dies' },
];

function Harness({ ask, onChange }: { ask: PublicAsk; onChange?: (r: LearnerResponse) => void }) {
  const [response, setResponse] = useState<LearnerResponse>(emptyResponse(ask));
  return (
    <AnswerInput
      ask={ask}
      prompt="In what order?"
      response={response}
      onChange={(r) => {
        setResponse(r);
        onChange?.(r);
      }}
      disabled={false}
      idPrefix="t"
    />
  );
}

describe('ordering with the keyboard', () => {
  it('moves an item with its buttons, announces it, and keeps focus on it', async () => {
    vi.useFakeTimers();
    const seen: LearnerResponse[] = [];
    render(<Harness ask={{ kind: 'order', items }} onChange={(r) => seen.push(r)} />);
    const up = screen.getByRole('button', { name: 'Move “C dies” up' });
    up.focus();
    fireEvent.click(up);
    expect(seen.at(-1)).toEqual(['a', 'c', 'b']);
    expect(screen.getByText('C dies: now 2 of 3.')).toBeTruthy();
    await act(async () => vi.runAllTimers());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “C dies” up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move “C dies” up' }));
    expect(seen.at(-1)).toEqual(['c', 'a', 'b']);
    await act(async () => vi.runAllTimers());
    // At the top it cannot move up any more: focus goes to the button that still moves it.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “C dies” down' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move “C dies” up' }));
    expect(seen.at(-1)).toEqual(['c', 'a', 'b']);
    vi.useRealTimers();
  });
});

describe('classify', () => {
  it('groups each item as a fieldset and records one category per item', () => {
    const seen: LearnerResponse[] = [];
    const ask: PublicAsk = {
      kind: 'classify',
      items: items.slice(0, 2),
      categories: [
        { id: 'rc', label: 'freed by refcount' },
        { id: 'gc', label: 'freed by the GC' },
      ],
    };
    render(<Harness ask={ask} onChange={(r) => seen.push(r)} />);
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['In what order? Choose one for each', 'A dies', 'B dies']);
    expect(missingPart(ask, {})).toMatch(/2 remaining/);
    fireEvent.click(screen.getAllByLabelText('freed by the GC')[0]);
    fireEvent.click(screen.getAllByLabelText('freed by refcount')[1]);
    expect(seen.at(-1)).toEqual({ a: 'gc', b: 'rc' });
    expect(missingPart(ask, seen.at(-1)!)).toBeNull();
    expect(describeResponse(ask, seen.at(-1)!)).toBe('A dies: freed by the GC; B dies: freed by refcount');
  });
});

describe('choices', () => {
  it('multi-select collects ids; a number needs text before it can be sent', () => {
    const seen: LearnerResponse[] = [];
    render(<Harness ask={{ kind: 'multi', options: items }} onChange={(r) => seen.push(r)} />);
    fireEvent.click(screen.getByLabelText('A dies'));
    fireEvent.click(screen.getByLabelText('C dies'));
    fireEvent.click(screen.getByLabelText('A dies'));
    expect(seen.at(-1)).toEqual(['c']);
    expect(missingPart({ kind: 'number', line: 1 }, '  ')).not.toBeNull();
    expect(missingPart({ kind: 'number', line: 1 }, '3')).toBeNull();
    expect(missingPart({ kind: 'boolean', line: 1 }, 'True')).toBeNull();
  });
});

describe('stored quiz results', () => {
  const good = { best: 0.8, last: 0.6, questions: 5, right: 3, attempts: 2, at: '2026-01-01T00:00:00.000Z' };
  it('reads what it wrote', () => {
    expect(parseQuizStore(JSON.stringify({ lessons: { 'reference-counting': good }, target: { python: '3.14', platform: 'wasm32' } }))).toEqual({
      lessons: { 'reference-counting': good },
      target: { python: '3.14', platform: 'wasm32' },
    });
  });
  it('tolerates corrupt data, keeping every valid entry', () => {
    expect(parseQuizStore('{not json')).toEqual({ lessons: {}, target: null });
    expect(parseQuizStore('null')).toEqual({ lessons: {}, target: null });
    expect(parseQuizStore('[1,2]')).toEqual({ lessons: {}, target: null });
    const mixed = parseQuizStore(JSON.stringify({ lessons: { ok: good, bad: { ...good, best: 7 }, 'Bad Slug': good, worse: 'x' }, target: { python: '2.7' } }));
    expect(mixed).toEqual({ lessons: { ok: good }, target: null });
  });
});
