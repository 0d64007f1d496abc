// The three kinds of failure the simulator distinguishes, never mixed:
//  - GuestError: a Python exception raised by (or about) the learner's program, described by its
//    CPython type name and message. Compile-time SyntaxError/IndentationError use it too.
//  - Unsupported: a refusal, before running, of Python outside the supported subset.
//  - SimulatorBug: our fault. Tests fail on it; the fuzzers assert it never escapes.
// Mirrors nothing in CPython directly; the exception type names are CPython's.

/** A 1-based line, 0-based column span, like CPython's lineno/col_offset/end_lineno/end_col_offset. */
export interface SourceLocation {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type SimErrorKind = 'guest' | 'unsupported' | 'bug';

/** A Python exception description: `SyntaxError: invalid syntax`, `NameError: name 'x' is not defined`. */
export class GuestError extends Error {
  readonly kind = 'guest' as const;
  constructor(
    /** CPython's exception type name, e.g. "SyntaxError", "IndentationError", "TabError". */
    readonly pyType: string,
    /** CPython's message, without the type prefix. */
    readonly pyMessage: string,
    /** Where, when known (always set for compile-time errors). */
    readonly location?: SourceLocation,
  ) {
    super(`${pyType}: ${pyMessage}` + (location ? ` (line ${location.line})` : ''));
    this.name = 'GuestError';
  }
  /** The last line CPython prints for this exception when it is uncaught. */
  lastLine(): string {
    return this.pyMessage === '' ? this.pyType : `${this.pyType}: ${this.pyMessage}`;
  }
}

/** A refusal of Python outside the subset, with a stable code from messages.ts. */
export class Unsupported extends Error {
  readonly kind = 'unsupported' as const;
  constructor(
    readonly code: string,
    /** Human text without location, e.g. "not supported yet: generators". */
    readonly detail: string,
    readonly location: SourceLocation,
  ) {
    super(`${detail} (line ${location.line})`);
    this.name = 'Unsupported';
  }
}

/** An internal inconsistency in the simulator. Never the learner's fault. */
export class SimulatorBug extends Error {
  readonly kind = 'bug' as const;
  constructor(message: string) {
    super(message);
    this.name = 'SimulatorBug';
  }
}

export function isSimError(e: unknown): e is GuestError | Unsupported | SimulatorBug {
  return e instanceof GuestError || e instanceof Unsupported || e instanceof SimulatorBug;
}
