// Runs one benchmark program N times (about 1,000,000 simulated instructions each), for
// bench/instructions.sh to count the machine instructions of. Usage: <program> <plain|traced> <N>
import { profileFor, run } from '../lib/sim';
import { PROGRAMS, scaleFor } from './programs';

const [name, mode, times] = [process.argv[2], process.argv[3], Number(process.argv[4] ?? 1)];
const program = PROGRAMS.find((p) => p.name === name);
if (!program) throw new Error(`no benchmark program ${name} (${PROGRAMS.map((p) => p.name).join(', ')})`);
const profile = profileFor('3.12', '64bit');
const source = program.source(scaleFor(program, profile));
for (let i = 0; i < times; i++) {
  const r = run(source, profile, { trace: mode === 'traced', maxSteps: 50_000_000 });
  if (r.error) throw new Error(r.error);
}
