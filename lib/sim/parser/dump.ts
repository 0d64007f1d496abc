// Renders our AST in the format of CPython 3.13's `ast.dump(tree)` (Lib/ast.py: fields that are
// None or [] are omitted), so learners (and tests) can compare it with real CPython.

import type { Alias, Arg, Arguments, Comprehension, ConstantValue, ExceptHandler, Expr, Keyword, Module, Stmt } from './ast';

type Field = [name: string, value: unknown];

function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function reprFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const abs = Math.abs(v);
  if (abs >= 1e16 || (abs !== 0 && abs < 1e-4)) {
    const [m, e] = v.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(v);
  return s.includes('.') ? s : `${s}.0`;
}

/** Python's repr() of a constant value. */
export function reprConstant(v: ConstantValue): string {
  switch (v.kind) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return reprFloat(v.value);
    case 'str': return reprStr(v.value);
    case 'bytes': {
      let s = '';
      for (const b of v.value) {
        const ch = String.fromCharCode(b);
        if (ch === "'" || ch === '\\') s += '\\' + ch;
        else if (ch === '\n') s += '\\n';
        else if (ch === '\r') s += '\\r';
        else if (ch === '\t') s += '\\t';
        else if (b < 0x20 || b >= 0x7f) s += '\\x' + b.toString(16).padStart(2, '0');
        else s += ch;
      }
      return `b'${s}'`;
    }
    case 'tuple': return v.items.length === 1 ? `(${reprConstant(v.items[0]!)},)` : `(${v.items.map(reprConstant).join(', ')})`;
    case 'frozenset': return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(reprConstant).join(', ')}})`;
  }
}

class Raw {
  constructor(readonly text: string) {}
}

function node(name: string, fields: Field[]): string {
  const shown = fields.filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
  return `${name}(${shown.map(([k, v]) => `${k}=${value(v)}`).join(', ')})`;
}

function value(v: unknown): string {
  if (v instanceof Raw) return v.text;
  if (Array.isArray(v)) return `[${v.map((x) => (x === null ? 'None' : value(x))).join(', ')}]`;
  if (typeof v === 'string') return reprStr(v);
  if (typeof v === 'number') return String(v);
  return String(v);
}

const ctx = (c: string) => new Raw(`${c}()`);
const op = (o: string) => new Raw(`${o}()`);
const CONVERSION = { '': -1, s: 115, r: 114, a: 97 } as const;

function arg(a: Arg): Raw {
  return new Raw(node('arg', [['arg', a.arg]]));
}

function args(a: Arguments): Raw {
  return new Raw(
    node('arguments', [
      ['posonlyargs', a.posonlyargs.map(arg)],
      ['args', a.args.map(arg)],
      ['vararg', a.vararg && arg(a.vararg)],
      ['kwonlyargs', a.kwonlyargs.map(arg)],
      ['kw_defaults', a.kwDefaults.map((d) => (d ? expr(d) : null))],
      ['kwarg', a.kwarg && arg(a.kwarg)],
      ['defaults', a.defaults.map(expr)],
    ]),
  );
}

function keyword(k: Keyword): Raw {
  return new Raw(node('keyword', [['arg', k.arg], ['value', expr(k.value)]]));
}

function comprehension(c: Comprehension): Raw {
  return new Raw(node('comprehension', [['target', expr(c.target)], ['iter', expr(c.iter)], ['ifs', c.ifs.map(expr)], ['is_async', new Raw('0')]]));
}

function alias(a: Alias): Raw {
  return new Raw(node('alias', [['name', a.name], ['asname', a.asname]]));
}

function handler(h: ExceptHandler): Raw {
  return new Raw(node('ExceptHandler', [['type', h.excType && expr(h.excType)], ['name', h.name], ['body', h.body.map(stmt)]]));
}

function expr(e: Expr): Raw {
  const r = (name: string, fields: Field[]) => new Raw(node(name, fields));
  switch (e.type) {
    case 'BoolOp': return r('BoolOp', [['op', op(e.op)], ['values', e.values.map(expr)]]);
    case 'NamedExpr': return r('NamedExpr', [['target', expr(e.target)], ['value', expr(e.value)]]);
    case 'BinOp': return r('BinOp', [['left', expr(e.left)], ['op', op(e.op)], ['right', expr(e.right)]]);
    case 'UnaryOp': return r('UnaryOp', [['op', op(e.op)], ['operand', expr(e.operand)]]);
    case 'Lambda': return r('Lambda', [['args', args(e.args)], ['body', expr(e.body)]]);
    case 'IfExp': return r('IfExp', [['test', expr(e.test)], ['body', expr(e.body)], ['orelse', expr(e.orelse)]]);
    case 'Dict': return r('Dict', [['keys', e.keys.map((k) => (k ? expr(k) : null))], ['values', e.values.map(expr)]]);
    case 'Set': return r('Set', [['elts', e.elts.map(expr)]]);
    case 'ListComp': return r('ListComp', [['elt', expr(e.elt)], ['generators', e.generators.map(comprehension)]]);
    case 'SetComp': return r('SetComp', [['elt', expr(e.elt)], ['generators', e.generators.map(comprehension)]]);
    case 'GeneratorExp': return r('GeneratorExp', [['elt', expr(e.elt)], ['generators', e.generators.map(comprehension)]]);
    case 'DictComp': return r('DictComp', [['key', expr(e.key)], ['value', expr(e.value)], ['generators', e.generators.map(comprehension)]]);
    case 'Compare': return r('Compare', [['left', expr(e.left)], ['ops', e.ops.map(op)], ['comparators', e.comparators.map(expr)]]);
    case 'Call': return r('Call', [['func', expr(e.func)], ['args', e.args.map(expr)], ['keywords', e.keywords.map(keyword)]]);
    case 'FormattedValue':
      return r('FormattedValue', [['value', expr(e.value)], ['conversion', new Raw(String(CONVERSION[e.conversion]))], ['format_spec', e.formatSpec && expr(e.formatSpec)]]);
    case 'JoinedStr': return r('JoinedStr', [['values', e.values.map(expr)]]);
    case 'Constant': return r('Constant', [['value', new Raw(reprConstant(e.value))]]);
    case 'Attribute': return r('Attribute', [['value', expr(e.value)], ['attr', e.attr], ['ctx', ctx(e.ctx)]]);
    case 'Subscript': return r('Subscript', [['value', expr(e.value)], ['slice', expr(e.slice)], ['ctx', ctx(e.ctx)]]);
    case 'Starred': return r('Starred', [['value', expr(e.value)], ['ctx', ctx(e.ctx)]]);
    case 'Name': return r('Name', [['id', e.id], ['ctx', ctx(e.ctx)]]);
    case 'List': return r('List', [['elts', e.elts.map(expr)], ['ctx', ctx(e.ctx)]]);
    case 'Tuple': return r('Tuple', [['elts', e.elts.map(expr)], ['ctx', ctx(e.ctx)]]);
    case 'Slice': return r('Slice', [['lower', e.lower && expr(e.lower)], ['upper', e.upper && expr(e.upper)], ['step', e.step && expr(e.step)]]);
  }
}

function stmt(s: Stmt): Raw {
  const r = (name: string, fields: Field[]) => new Raw(node(name, fields));
  switch (s.type) {
    case 'FunctionDef':
      return r('FunctionDef', [['name', s.name], ['args', args(s.args)], ['body', s.body.map(stmt)], ['decorator_list', s.decoratorList.map(expr)]]);
    case 'ClassDef':
      return r('ClassDef', [['name', s.name], ['bases', s.bases.map(expr)], ['keywords', s.keywords.map(keyword)], ['body', s.body.map(stmt)], ['decorator_list', s.decoratorList.map(expr)]]);
    case 'Return': return r('Return', [['value', s.value && expr(s.value)]]);
    case 'Delete': return r('Delete', [['targets', s.targets.map(expr)]]);
    case 'Assign': return r('Assign', [['targets', s.targets.map(expr)], ['value', expr(s.value)]]);
    case 'AugAssign': return r('AugAssign', [['target', expr(s.target)], ['op', op(s.op)], ['value', expr(s.value)]]);
    case 'For': return r('For', [['target', expr(s.target)], ['iter', expr(s.iter)], ['body', s.body.map(stmt)], ['orelse', s.orelse.map(stmt)]]);
    case 'While': return r('While', [['test', expr(s.test)], ['body', s.body.map(stmt)], ['orelse', s.orelse.map(stmt)]]);
    case 'If': return r('If', [['test', expr(s.test)], ['body', s.body.map(stmt)], ['orelse', s.orelse.map(stmt)]]);
    case 'With': return r('With', [['items', []], ['body', s.body.map(stmt)]]);
    case 'Raise': return r('Raise', [['exc', s.exc && expr(s.exc)], ['cause', s.cause && expr(s.cause)]]);
    case 'Try': return r('Try', [['body', s.body.map(stmt)], ['handlers', s.handlers.map(handler)], ['orelse', s.orelse.map(stmt)], ['finalbody', s.finalbody.map(stmt)]]);
    case 'Assert': return r('Assert', [['test', expr(s.test)], ['msg', s.msg && expr(s.msg)]]);
    case 'Import': return r('Import', [['names', s.names.map(alias)]]);
    case 'ImportFrom': return r('ImportFrom', [['module', s.module], ['names', s.names.map(alias)], ['level', new Raw(String(s.level))]]);
    case 'Global': return r('Global', [['names', s.names]]);
    case 'Nonlocal': return r('Nonlocal', [['names', s.names]]);
    case 'Expr': return r('Expr', [['value', expr(s.value)]]);
    case 'Pass': return r('Pass', []);
    case 'Break': return r('Break', []);
    case 'Continue': return r('Continue', []);
  }
}

/** `ast.dump(tree)` as CPython 3.13 prints it (without attributes). */
export function dumpModule(mod: Module): string {
  return node('Module', [['body', mod.body.map(stmt)]]);
}

export function dumpExpr(e: Expr): string {
  return expr(e).text;
}
