// sys.stdout as `python file.py` has it when its output goes to a pipe, which is how the
// conformance recorder (and any test harness) runs programs. Only memory effects are modelled: the
// text itself reaches rt.write at once.
// Mirrors Objects/fileobject.c (PyFile_WriteObject), Modules/_io/textio.c
// (_io_TextIOWrapper_write_impl, _textiowrapper_writeflush) and Modules/_io/bufferedio.c
// (_io__Buffered_write_impl, _bufferedwriter_raw_write), as measured on 3.10.13-3.13.0.
//
// What a program can see: the TextIOWrapper keeps every str print writes (the argument itself when
// it is an exact ASCII str; str(x) of anything else; the UTF-8 bytes of non-ASCII text) until 8192
// characters are pending, so a printed str's count is one higher per pending copy, and str(x)
// results stay allocated. The second pending write makes a list (GC-tracked) to hold them. On a
// terminal stdout is line-buffered instead and nothing stays pending after a newline.

import type { Runtime } from '../vm/runtime';
import type { PyObj } from '../objects/object';
import { decref, incref } from '../heap/refcount';
import { newList, listAppend, type ListObj } from '../objects/list';
import { newBytes, type BytesObj } from '../objects/bytes';
import { newStrFresh, newStrOf, type StrObj } from '../objects/str';
import { strKind } from '../objects/layout/str';
import { newInt } from '../objects/int';
import { utf8Encode } from '../objects/utf8';
import { strOf } from '../objects/protocol';

/** TextIOWrapper._CHUNK_SIZE: pending text is flushed once this many characters are pending. */
const CHUNK_SIZE = 8192;
/** The BufferedWriter's buffer: the pipe's st_blksize. */
const PIPE_BUFFER = 4096;
/** print's getattr(file, 'write'): a bound built-in method (PyCFunctionObject), GC head included. */
const BOUND_WRITE_BYTES = 72;
/** A raw write wraps the data in a managed buffer and a memoryview (GC heads included). */
const MANAGED_BUFFER_BYTES = 128;
const MEMORYVIEW_BYTES = 184;

/** The state of sys.stdout's TextIOWrapper and BufferedWriter. */
export class StdoutBuffer {
  /** pending_bytes: nothing, one str or bytes, or a list of them (a strong reference). */
  pending: PyObj | null = null;
  /** pending_bytes_count. */
  pendingChars = 0;
  /** Bytes in the BufferedWriter's buffer. */
  buffered = 0;
}

/** Whether print's writes go through the modelled pipe buffer in this profile. */
export function stdoutIsPiped(rt: Runtime): boolean {
  return rt.profile.execution.stdoutPending !== null;
}

/**
 * One PyFile_WriteObject(piece, sys.stdout, Py_PRINT_RAW) of print: look up the bound `write`
 * (a GC allocation, which may start a collection first), take str(piece), write it, and drop the
 * method and the returned length. `piece` is borrowed.
 */
export function printPiece(rt: Runtime, piece: PyObj): void {
  const writer = rt.gcBlockAlloc(BOUND_WRITE_BYTES, 'builtin_function_or_method');
  // 3.10/3.11 collect inside the allocation; 3.12+ in PyObject_Str's signal check just after it
  if (rt.gc.pending) rt.gc.runPending();
  let value: StrObj | null = null;
  let result: PyObj;
  try {
    value = strObjectOf(rt, piece);
    rt.write(value.value);
    result = textWrite(rt, value);
  } finally {
    // (a __str__ that raises still lets the method go)
    if (value) decref(rt, value, 'str() of a printed value');
    rt.gcBlockFree(writer, BOUND_WRITE_BYTES, 'builtin_function_or_method');
  }
  decref(rt, result, 'write() result');
}

/** print(..., flush=True) and the flush when the program ends: TextIOWrapper.flush(). */
export function flushStdout(rt: Runtime): void {
  writeFlush(rt);
  const s = rt.stdoutBuffer;
  if (s.buffered > 0) {
    rawWrite(rt, s.buffered);
    s.buffered = 0;
  }
}

/** PyObject_Str: an exact str is itself; anything else (str subclasses too) a new str. */
function strObjectOf(rt: Runtime, o: PyObj): StrObj {
  if (o.type === rt.types.str) {
    incref(rt, o, 'str() of a printed value');
    return o as StrObj;
  }
  const text = strOf(rt, o);
  // a str subclass is copied into a fresh string (_PyUnicode_Copy); the rest as str(x) makes them
  return o.type.builtinBase === rt.types.str ? newStrFresh(rt, text) : newStrOf(rt, o.type, text);
}

/** TextIOWrapper.write(text): keep it pending (see the header); returns len(text), a new reference. */
function textWrite(rt: Runtime, text: StrObj): PyObj {
  const s = rt.stdoutBuffer;
  const chars = text.value.length;
  // ASCII up to the chunk size is kept as the str itself; the rest is encoded to UTF-8 bytes
  const ascii = strKind(text.value) === 'ascii';
  let b: PyObj;
  let size: number;
  if (ascii && chars <= CHUNK_SIZE) {
    incref(rt, text, 'sys.stdout pending writes');
    b = text;
    size = chars;
  } else {
    const bytes = newBytes(rt, utf8Encode(text.value));
    b = bytes;
    size = bytes.value.length;
  }
  const mode = rt.profile.execution.stdoutPending;
  if (mode === 'append-first' && size >= CHUNK_SIZE) {
    while (s.pending) writeFlush(rt);
  }
  if (s.pending === null) {
    s.pendingChars = 0;
    s.pending = b;
  } else if (mode === 'flush-first' && s.pendingChars + size > CHUNK_SIZE) {
    writeFlush(rt);
    s.pending = b;
  } else if (s.pending.type !== rt.types.list) {
    // PyList_New(2) with both items moved in
    s.pending = newList(rt, [s.pending, b]);
  } else {
    listAppend(rt, s.pending as ListObj, b);
  }
  s.pendingChars += size;
  if (s.pendingChars >= CHUNK_SIZE) writeFlush(rt);
  return newInt(rt, chars);
}

/**
 * _textiowrapper_writeflush: join what is pending into one bytes object, release the pending
 * objects (a list's items last to first), and hand the bytes to the BufferedWriter.
 */
function writeFlush(rt: Runtime): void {
  const s = rt.stdoutBuffer;
  const pending = s.pending;
  if (pending === null) return;
  let joined: PyObj;
  if (pending.type === rt.types.bytes) {
    incref(rt, pending, 'bytes to write');
    joined = pending;
  } else {
    const parts = pending.type === rt.types.list ? (pending as ListObj).items : [pending];
    joined = newBytes(rt, concatBytes(rt, parts, s.pendingChars));
  }
  s.pending = null;
  s.pendingChars = 0;
  decref(rt, pending, 'sys.stdout pending writes');
  const written = bufferedWrite(rt, (joined as BytesObj).value.length);
  decref(rt, joined, 'bytes to write');
  decref(rt, written, 'write() result');
}

function concatBytes(rt: Runtime, parts: PyObj[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    const b = p.type === rt.types.bytes ? (p as BytesObj).value : utf8Encode((p as StrObj).value);
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** BufferedWriter.write(b) of `size` bytes: copied into its buffer when they fit, else written out. */
function bufferedWrite(rt: Runtime, size: number): PyObj {
  const s = rt.stdoutBuffer;
  if (size <= PIPE_BUFFER - s.buffered) {
    s.buffered += size;
  } else {
    if (s.buffered > 0) rawWrite(rt, s.buffered);
    s.buffered = 0;
    // more than a buffer goes to the pipe straight from the caller's bytes, in one raw write
    if (size > PIPE_BUFFER) rawWrite(rt, size);
    else s.buffered = size;
  }
  return newInt(rt, size);
}

/**
 * _bufferedwriter_raw_write of `size` bytes: a memoryview over them (a managed buffer, then the
 * view) for FileIO.write, which returns the count; C frees the buffer, the view, then the count.
 */
function rawWrite(rt: Runtime, size: number): void {
  const mbuf = rt.gcBlockAlloc(MANAGED_BUFFER_BYTES, 'managedbuffer');
  const view = rt.gcBlockAlloc(MEMORYVIEW_BYTES, 'memoryview');
  const count = newInt(rt, size);
  rt.gcBlockFree(mbuf, MANAGED_BUFFER_BYTES, 'managedbuffer');
  rt.gcBlockFree(view, MEMORYVIEW_BYTES, 'memoryview');
  decref(rt, count, 'write() result');
}
