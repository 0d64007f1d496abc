// A disassembler producing text in the shape of CPython's `dis.dis` (Lib/dis.py): line number
// column, jump-target labels, offset, opname, arg and argrepr; nested code objects follow.
// Offsets are 2 * instruction index (no inline caches are modelled).

import type { CodeObject, ConstDesc } from './code';
import { ARG_KINDS, BINARY_OPS, COMPARE_OPS, CONVERSIONS, JUMP_OPCODES } from './opcodes';

export function constRepr(c: ConstDesc): string {
  switch (c.kind) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'tuple': return c.items.length === 1 ? `(${constRepr(c.items[0]!)},)` : `(${c.items.map(constRepr).join(', ')})`;
    case 'frozenset': return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map(constRepr).join(', ')}})`;
    case 'code': return `<code object ${c.code.name}, file "${c.code.filename}", line ${c.code.firstLine}>`;
  }
}

function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    const s = v.toExponential();
    const [m, e] = s.split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(v);
  return s.includes('.') ? s : `${s}.0`;
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function argRepr(code: CodeObject, i: number, labels: Map<number, string>): string {
  const ins = code.instructions[i]!;
  const kind = ARG_KINDS[ins.op] ?? 'none';
  const a = ins.arg;
  switch (kind) {
    case 'const': return constRepr(code.consts[a]!);
    case 'name': return code.names[a] ?? '?';
    case 'local': return code.localsplusNames[a] ?? '?';
    case 'global': return (code.names[a >> 1] ?? '?') + (a & 1 ? ' + NULL' : '');
    case 'attr': return (code.names[a >> 1] ?? '?') + (a & 1 ? ' + NULL|self' : '');
    case 'jump': return `to ${labels.get(a) ?? a * 2}`;
    case 'binop': return BINARY_OPS[a] ?? '?';
    case 'cmp': return COMPARE_OPS[a] ?? '?';
    case 'is': return a ? 'is not' : 'is';
    case 'contains': return a ? 'not in' : 'in';
    case 'convert': return CONVERSIONS[a] ?? '';
    case 'smallint': return String(a);
    case 'makefn': {
      const parts = [];
      if (a & 1) parts.push('defaults');
      if (a & 2) parts.push('kwdefaults');
      if (a & 4) parts.push('annotations');
      if (a & 8) parts.push('closure');
      return parts.join(', ');
    }
    default: return '';
  }
}

/** Disassembles one code object (without recursion). */
export function disassembleOne(code: CodeObject): string {
  const targets = new Set<number>();
  for (const ins of code.instructions) if (JUMP_OPCODES.has(ins.op)) targets.add(ins.arg);
  for (const h of code.exceptionTable) {
    targets.add(h.start);
    targets.add(h.end);
    targets.add(h.target);
  }
  const labels = new Map<number, string>();
  [...targets].sort((a, b) => a - b).forEach((t, k) => labels.set(t, `L${k + 1}`));
  const lines: string[] = [];
  let lastLine: number | null = -1;
  code.instructions.forEach((ins, i) => {
    const line = ins.loc ? ins.loc.line : null;
    const showLine = line !== lastLine;
    if (showLine && i > 0) lines.push('');
    const lineCol = showLine ? (line === null ? '--' : String(line)) : '';
    lastLine = line;
    const label = labels.has(i) ? `${labels.get(i)}:` : '';
    const hasArg = ARG_KINDS[ins.op] !== undefined;
    const argText = hasArg ? String(ins.arg) : '';
    const rep = hasArg ? argRepr(code, i, labels) : '';
    let row = `${lineCol.padStart(4)}   ${label.padEnd(6)}${ins.op.padEnd(26)}${argText.padStart(4)}`;
    if (rep) row += ` (${rep})`;
    lines.push(row.trimEnd());
  });
  if (code.exceptionTable.length > 0) {
    lines.push('ExceptionTable:');
    for (const h of code.exceptionTable) {
      const end = labels.get(h.end) ?? `${h.end * 2}`;
      lines.push(`  ${labels.get(h.start)} to ${end} -> ${labels.get(h.target)} [${h.depth}]`);
    }
  }
  return lines.join('\n');
}

/** Disassembles a code object and, after it, every nested code object (like dis.dis). */
export function disassemble(code: CodeObject): string {
  const out = [disassembleOne(code)];
  for (const c of code.consts) {
    if (c.kind === 'code') {
      out.push('');
      out.push(`Disassembly of ${constRepr(c)}:`);
      out.push(disassemble(c.code));
    }
  }
  return out.join('\n');
}
