// The bar for every template: 100 seeded variants for every target it applies to, each
// answered by the simulator; few redraws; the same seed always gives the same variant.
import { describe, expect, it } from 'vitest';
import { ALL_TEMPLATES } from '@/lib/quiz/bank';
import { seededRng } from '@/lib/quiz/random';
import { simulate } from '@/lib/quiz/simulate';
import type { QuizTemplate } from '@/lib/quiz/template';
import { makeVariant } from '@/lib/quiz/variant';
import { label, memoSimulate, targetsFor } from './variants';

const SEEDS = 100;
/** A template that needs a redraw for more than this share of seeds is a bad template. */
const MAX_REDRAW_RATE = 0.2;

/** Drafts carry answer functions; compare everything else. */
const comparable = (d: unknown) => JSON.stringify(d);

export function describeBankSlice(part: number, parts: number): void {
  const slice = ALL_TEMPLATES.filter((_, i) => i % parts === part);
  describe(`bank slice ${part + 1}/${parts}`, () => {
    const started = Date.now();
    const sim = memoSimulate();
    for (const template of slice) {
      it(`${template.id}: ${SEEDS} variants per target, answered by the simulator`, () => {
        checkTemplate(template, sim);
      });
    }
    it('reports its timing', () => {
      console.log(`[quiz bank ${part + 1}/${parts}] ${slice.length} templates, ${sim.runs()} distinct simulator runs, ${((Date.now() - started) / 1000).toFixed(1)}s`);
      expect(sim.runs()).toBeGreaterThan(0);
    });
  });
}

function checkTemplate(template: QuizTemplate, sim: ReturnType<typeof memoSimulate>): void {
  const targets = targetsFor(template);
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    sim.reset();
    let redraws = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      // The draft alone is a pure function of the seed.
      expect(comparable(template.draft(seededRng(seed), target))).toBe(comparable(template.draft(seededRng(seed), target)));
      const result = makeVariant(template, seed, target, sim);
      if (!result.ok) throw new Error(`${label(target)} seed ${seed}: ${result.reason}`);
      if (result.variant.question.seed !== seed) redraws++;
      expect(result.variant.answerText.length).toBeGreaterThan(0);
      expect(result.variant.explanation.length).toBeGreaterThan(40);
    }
    expect(redraws / SEEDS, `${template.id} on ${label(target)} redraws`).toBeLessThanOrEqual(MAX_REDRAW_RATE);
    // The same seed gives the same variant twice, with the plain (unmemoised) simulator.
    const seed = 17;
    expect(makeVariant(template, seed, target, simulate)).toEqual(makeVariant(template, seed, target, simulate));
  }
}
