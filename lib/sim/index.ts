// The simulator's public surface: run a program, compile it, disassemble it, list the profiles.

import { compile as compileModule, type CodeObject } from './compiler';
import { listProfiles as allProfiles, getProfile, findProfile } from './versions';
import type { Platform, Profile, PythonVersion } from './versions/profile';
import { runSource, type RunResult } from './vm/run';
import { disassemble as disassembleCode } from './compiler/dis';
import type { RunOptions } from './vm/runtime';

export type { RunResult, RunOptions, Profile, CodeObject };
export type { Trace, TraceEvent, TraceStep, ObjectView, FrameView, HeapSnapshot, StepColumns, EventColumns } from './trace/schema';
export { heapAt, framesAt, stepAt, stepCount, eventAt, eventCount, eventsBetween, allSteps, allEvents, traceJson } from './trace/read';
export { getProfile, findProfile };

/** Run Python source on one profile. Never throws: errors are reported in the result. */
export function run(source: string, profile: Profile, options: RunOptions = {}, filename = '<string>'): RunResult {
  return runSource(source, profile, options, filename);
}

/** Compile to a module code object (throws GuestError / Unsupported). */
export function compile(source: string, profile: Profile, filename = '<string>'): CodeObject {
  return compileModule(source, filename, profile.compiler);
}

/** The disassembly, as dis.dis prints it (throws GuestError / Unsupported like compile). */
export function disassemble(source: string, profile: Profile): string {
  return disassembleCode(compile(source, profile));
}

export function listProfiles(): readonly Profile[] {
  return allProfiles();
}

export function profileFor(python: PythonVersion, platform: Platform = '64bit'): Profile {
  return getProfile(python, platform);
}
