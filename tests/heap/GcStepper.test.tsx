// @vitest-environment jsdom
// Stepping through a GC pass in the memory view, on a trace the simulator recorded for a cycle
// a<->b plus an object a local holds (the simulator's own numbers are checked in gc-phases.test.ts).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TraceExplorer } from '@/components/heap/TraceExplorer';
import { gcPasses } from '@/components/heap/gcPass';
import { eventsInto } from '@/components/heap/model';
import { run } from '@/lib/sim/index';
import type { Trace } from '@/lib/sim/trace/schema';
import { getProfile } from '@/lib/sim/versions';
import { GC_CYCLE_PROGRAM, trace as handTrace, stubResizeObserver } from './fixture';

beforeAll(stubResizeObserver);
afterEach(cleanup);

const result = run(GC_CYCLE_PROGRAM, getProfile('3.12', '64bit'), { trace: true, referrers: true });
const trace = result.trace!;
const [a, b, held] = result.stdout.split('\n')[0].split(' ').map(Number);
// the step gc.collect() ran in (a full collection; an automatic young one may come earlier)
const gcStep = Array.from({ length: trace.steps.count }, (_, i) => i).findIndex((i) => gcPasses(eventsInto(trace, i)).some((p) => p.gen === 2));

function Harness({ t = trace, start = gcStep }: { t?: Trace; start?: number }) {
  const [step, setStep] = useState(start);
  return <TraceExplorer trace={t} step={step} onStep={setStep} stale={false} />;
}

const row = (id: number) => document.querySelector<HTMLElement>(`[data-obj-gc="${id}"]`)!;

describe('GC pass stepper', () => {
  it('is offered only at a step with a GC pass, and closes on another step', () => {
    expect(gcStep).toBeGreaterThan(0);
    render(<Harness start={gcStep - 1} />);
    // the line before gc.collect() (del a, b) runs no collection
    expect(screen.queryByTestId('gc-step-through')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    const open = screen.getByRole('button', { name: /Step through this GC pass/ });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('gc-stepper')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.queryByTestId('gc-stepper')).toBeNull();
  });

  it('steps through the four phases with the keyboard, showing gc_refs, subtracted references and the unreachable', () => {
    render(<Harness />);
    const position = screen.getByTestId('step-position').textContent;
    fireEvent.click(screen.getByTestId('gc-step-through'));
    const panel = screen.getByTestId('gc-stepper');
    const phase = () => screen.getByTestId('gc-phase');
    const live = screen.getByTestId('gc-announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');

    // 1. counts copied: gc_refs = refcount
    expect(phase().getAttribute('data-phase')).toBe('copy');
    expect(phase().textContent).toContain('Counts copied');
    for (const id of [a, b, held]) expect(row(id).getAttribute('data-gc-refs')).toBe('1');
    expect(row(a).hasAttribute('data-unreachable')).toBe(false);
    expect(screen.getByRole('button', { name: /Previous phase/ }).getAttribute('aria-disabled')).toBe('true');

    // 2. internal references subtracted (arrow key inside the panel moves phases, not steps)
    fireEvent.keyDown(screen.getByRole('button', { name: /Next phase/ }), { key: 'ArrowRight' });
    expect(phase().getAttribute('data-phase')).toBe('subtract');
    expect(screen.getByTestId('step-position').textContent).toBe(position);
    expect([row(a), row(b), row(held)].map((r) => r.getAttribute('data-gc-refs'))).toEqual(['0', '0', '1']);
    const edges = within(panel).getAllByTestId('gc-edge').map((e) => e.textContent);
    expect(edges).toContain(`Node 0x…${a.toString(16).slice(-4)} → Node 0x…${b.toString(16).slice(-4)}: −1 from Node 0x…${b.toString(16).slice(-4)}`);
    expect(live.textContent).toContain('GC phase 2 of 4: Internal references subtracted');

    // 3. reachable marked
    fireEvent.click(screen.getByRole('button', { name: /Next phase/ }));
    expect(phase().getAttribute('data-phase')).toBe('mark');
    expect([row(a), row(b), row(held)].map((r) => r.getAttribute('data-unreachable'))).toEqual(['true', 'true', 'false']);
    expect(within(row(a)).getByTestId('gc-row-state').textContent).toContain('unreachable');
    // the diagram shows the heap as the line began: the cycle's cards, marked
    expect(screen.getByTestId('diagram-caption').textContent).toContain('before the collection');
    const cardA = document.querySelector<HTMLElement>(`[data-testid="heap-object"][data-obj="${a}"]`)!;
    expect(cardA.getAttribute('data-unreachable')).toBe('true');
    expect(within(cardA).getByTestId('object-gc-refs').getAttribute('data-gc-refs')).toBe('0');
    const cardHeld = document.querySelector<HTMLElement>(`[data-testid="heap-object"][data-obj="${held}"]`)!;
    expect(cardHeld.getAttribute('data-unreachable')).toBe('false');

    // 4. unreachable freed; End stays there
    fireEvent.keyDown(panel, { key: 'End' });
    expect(phase().getAttribute('data-phase')).toBe('free');
    expect(within(row(a)).getByTestId('gc-row-state').textContent).toBe('✕ unreachable, freed');
    expect(within(row(held)).getByTestId('gc-row-state').textContent).toBe('survives');
    expect(screen.getByTestId('gc-free-summary').textContent).toContain('2 objects collected');
    expect(screen.getByRole('button', { name: /Next phase/ }).getAttribute('aria-disabled')).toBe('true');
    // after the step: freed cards carry their marks
    expect(within(screen.getByTestId('freed')).getAllByTestId('object-gc-refs').length).toBeGreaterThanOrEqual(2);
    fireEvent.keyDown(panel, { key: 'Home' });
    expect(phase().getAttribute('data-phase')).toBe('copy');
  });

  it('says the same in the text view', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('gc-step-through'));
    fireEvent.click(screen.getByRole('button', { name: /Next phase/ }));
    const text = screen.getByTestId('gc-text');
    expect(text.textContent).toContain('phase 2 of 4: Internal references subtracted');
    const lineA = text.querySelector<HTMLElement>(`[data-obj-gc-text="${a}"]`)!;
    expect(lineA.getAttribute('data-gc-refs')).toBe('0');
    expect(lineA.textContent).toContain('gc_refs 1 after copy, 0 after subtract (1 internal reference)');
  });

  it('hides the interpreter’s own objects until asked, and counts them', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('gc-step-through'));
    const shown = screen.getAllByTestId('gc-row').length;
    expect(screen.getByTestId('gc-more').textContent).toMatch(/\d+ of the interpreter’s own objects hidden/);
    fireEvent.click(screen.getByLabelText(/Include the interpreter’s own objects/));
    expect(screen.getAllByTestId('gc-row').length).toBeGreaterThan(shown);
  });

  it('offers nothing for a trace without GC phase data', () => {
    render(<Harness t={handTrace} start={2} />);
    expect(screen.queryByTestId('gc-step-through')).toBeNull();
  });
});
