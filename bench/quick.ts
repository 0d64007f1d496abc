// A focused benchmark for tuning: the loop programs only, traced and untraced, median of N runs,
// wall and CPU time (CPU time is steadier on a shared machine). Usage: tsx bench/quick.ts [N] [names]
import { profileFor, run } from '../lib/sim';
import { PROGRAMS, scaleFor } from './programs';
import { jsonBytes } from './trace-size';

const repeats = Number(process.argv[2] ?? 5);
const names = process.argv.slice(3);
const profile = profileFor('3.12', '64bit');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function once(source: string, trace: boolean) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run(source, profile, { trace, maxSteps: 50_000_000 });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (result.error) throw new Error(result.error);
  return { wall, cpu: (c.user + c.system) / 1000, result };
}

for (const p of PROGRAMS) {
  if (names.length && !names.includes(p.name)) continue;
  const src = p.source(scaleFor(p, profile));
  once(src, false);
  for (const trace of [false, true]) {
    const walls: number[] = [];
    const cpus: number[] = [];
    let extra = '';
    for (let r = 0; r < repeats; r++) {
      const { wall, cpu, result } = once(src, trace);
      walls.push(wall);
      cpus.push(cpu);
      if (trace && r === 0) {
        const t = result.trace!;
        extra = `steps ${t.steps.count} B/step ${(jsonBytes(t) / t.steps.count).toFixed(1)}`;
      }
    }
    console.log(`${p.name.padEnd(20)} ${trace ? 'traced' : 'plain '} wall med ${median(walls).toFixed(0)} ms [${walls.map((w) => w.toFixed(0)).join(' ')}] cpu med ${median(cpus).toFixed(0)} ms ${extra}`);
  }
}
