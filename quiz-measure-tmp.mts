import { ALL_TEMPLATES } from './lib/quiz/bank';
import { loadQuestion, answerQuestion } from './lib/quiz/service';
const times: number[] = []; const answerTimes: number[] = []; let failed = 0;
for (const t of ALL_TEMPLATES) {
  const ref = { templateId: t.id, seed: 77, python: t.python?.[0] ?? '3.13', platform: '64bit' };
  let t0 = performance.now();
  const q = await loadQuestion(ref);
  times.push(performance.now() - t0);
  if (!q.ok) { failed++; continue; }
  t0 = performance.now();
  answerQuestion({ ...ref, seed: q.value.seed, response: '1' });
  answerTimes.push(performance.now() - t0);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const p95 = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length * 0.95)];
console.log(`templates ${ALL_TEMPLATES.length}, not generated at seed 77: ${failed}`);
console.log(`question (cold variant): median ${med(times).toFixed(0)} ms, p95 ${p95(times).toFixed(0)} ms`);
console.log(`answer (cached variant, fresh focus step): median ${med(answerTimes).toFixed(0)} ms, p95 ${p95(answerTimes).toFixed(0)} ms`);
