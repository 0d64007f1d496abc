// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TraceExplorer } from '@/components/heap/TraceExplorer';
import { stubResizeObserver, trace } from './fixture';

beforeAll(stubResizeObserver);
afterEach(cleanup);

function Harness({ start = 0 }: { start?: number }) {
  const [step, setStep] = useState(start);
  return <TraceExplorer trace={trace} step={step} onStep={setStep} stale={false} />;
}

describe('TraceExplorer', () => {
  it('steps with the buttons and the arrow keys, and announces each step politely', () => {
    render(<Harness />);
    const position = screen.getByTestId('step-position');
    expect(position.textContent).toMatch(/Step 1 \/ 3/);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(position.textContent).toMatch(/Step 2 \/ 3/);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next step' }), { key: 'ArrowRight' });
    expect(position.textContent).toMatch(/Step 3 \/ 3/);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next step' }), { key: 'Home' });
    expect(position.textContent).toMatch(/Step 1 \/ 3/);
    const live = screen.getByTestId('step-announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: 'Last step' }));
    expect(live.textContent).toContain('b bound: refcount of list 0x…2a0 1 → 2');
  });

  it('shows the same count in the diagram and in the text view', () => {
    render(<Harness start={2} />);
    const card = screen.getAllByTestId('heap-object').find((c) => c.textContent?.startsWith('list'))!;
    const rc = within(card).getByTestId('object-rc').getAttribute('data-rc');
    expect(rc).toBe('2');
    expect(within(card).getByTestId('object-rc').textContent).toMatch(/1\s*→\s*2/);
    const line = screen.getAllByTestId('text-object').find((l) => l.getAttribute('data-obj-text') === card.getAttribute('data-obj'))!;
    expect(line.getAttribute('data-rc')).toBe(rc);
    expect(line.textContent).toContain('refcount 2');
  });

  it('shows what was freed and why, and hides stack-only objects until asked', () => {
    render(<Harness start={2} />);
    expect(screen.getByTestId('freed').textContent).toContain('refcount reached 0');
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    const strCards = () => screen.getAllByTestId('heap-object').filter((c) => c.textContent?.startsWith('str'));
    expect(strCards()).toHaveLength(0);
    fireEvent.click(screen.getByLabelText('Value stack'));
    expect(strCards()).toHaveLength(1);
  });

  it('opens the referrers panel for a selected object and says when the trace has none', () => {
    render(<Harness start={2} />);
    const card = screen.getAllByTestId('heap-object').find((c) => c.textContent?.startsWith('list'))!;
    fireEvent.click(card);
    expect(card.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('referrers').textContent).toContain('does not list the holders');
  });
});
