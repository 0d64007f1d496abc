// format(), f-string format specs, str.format and %-formatting. Mirrors Python/formatter_unicode.c
// (the format spec mini-language) and Objects/unicodeobject.c (str.format / PyUnicode_Format).

import type { PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { raise } from './exception';
import { isInt, type IntObj } from './int';
import { isFloat, floatRepr } from './float';
import { isStr } from './str';
import { reprOf, strOf, getAttr, getItem, lookupDunder, callDunder } from './protocol';
import { decref } from '../heap/refcount';
import { toFixedExact, toExponentialExact } from './dtoa';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(rt: Runtime, spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (!m) raise(rt, 'ValueError', `Invalid format specifier '${spec}' for object of type 'str'`);
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[4],
    zero: !!m[5],
    width: m[6] ? Number(m[6]) : 0,
    grouping: m[7] ?? '',
    precision: m[8] !== undefined ? Number(m[8]) : -1,
    type: m[9] ?? '',
  };
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  const out: string[] = [];
  for (let i = digits.length; i > 0; i -= every) out.unshift(digits.slice(Math.max(0, i - every), i));
  return out.join(sep);
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const total = [...(sign + body)].length;
  if (s.width <= total) return sign + body;
  const n = s.width - total;
  const align = s.align || defaultAlign;
  if (align === '=') return sign + s.fill.repeat(n) + body;
  if (align === '<') return sign + body + s.fill.repeat(n);
  if (align === '>') return s.fill.repeat(n) + sign + body;
  const left = Math.floor(n / 2);
  return s.fill.repeat(left) + sign + body + s.fill.repeat(n - left);
}

function formatFloatBody(v: number, s: Spec): string {
  const t = s.type;
  const prec = s.precision < 0 ? 6 : s.precision;
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : 'inf';
  switch (t) {
    case 'f': case 'F': return toFixedExact(Math.abs(v), prec);
    case '%': return toFixedExact(Math.abs(v) * 100, prec) + '%';
    case 'e': case 'E': {
      const r = toExponentialExact(Math.abs(v), prec);
      return t === 'E' ? r.toUpperCase() : r;
    }
    case 'g': case 'G': case 'n': {
      const p = prec === 0 ? 1 : prec;
      const a = Math.abs(v);
      if (a === 0) return '0';
      const exp = Math.floor(Math.log10(a));
      let r: string;
      if (exp < -4 || exp >= p) r = a.toExponential(p - 1).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
      else r = a.toFixed(Math.max(0, p - 1 - exp)).replace(/\.?0+$/, '');
      return t === 'G' ? r.toUpperCase() : r;
    }
    default: {
      if (s.precision >= 0) {
        const a = Math.abs(v);
        const p = s.precision === 0 ? 1 : s.precision;
        const exp = a === 0 ? 0 : Math.floor(Math.log10(a));
        let r: string;
        if (exp < -4 || exp >= p) r = a.toExponential(p - 1).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
        else r = a.toFixed(Math.max(0, p - 1 - exp));
        if (r.includes('.') && !r.includes('e')) r = r.replace(/0+$/, '').replace(/\.$/, '.0');
        if (!r.includes('.') && !r.includes('e')) r += '.0';
        return r;
      }
      return floatRepr(Math.abs(v));
    }
  }
}

/** format(value, spec) for built-in types; user classes with __format__ are called. */
export function formatValue(rt: Runtime, o: PyObj, spec: string): string {
  const f = lookupDunder(o.type, '__format__');
  if (f) {
    const specObj = rt.str(spec);
    try {
      const r = callDunder(rt, f, o, [specObj]);
      const s = (r as unknown as { value: string }).value;
      decref(rt, r, 'temporary');
      return s;
    } finally {
      decref(rt, specObj, 'temporary');
    }
  }
  if (spec === '') return strOf(rt, o);
  const s = parseSpec(rt, spec);
  if (isInt(rt, o) && !'eEfFgG%'.includes(s.type || 'd')) {
    let v = (o as IntObj).value;
    if (o.type === rt.types.bool && s.type === '') return pad(strOf(rt, o), '', s, '<');
    const neg = v < 0n;
    if (neg) v = -v;
    let body: string;
    switch (s.type) {
      case 'x': body = (s.alt ? '0x' : '') + v.toString(16); break;
      case 'X': body = (s.alt ? '0X' : '') + v.toString(16).toUpperCase(); break;
      case 'o': body = (s.alt ? '0o' : '') + v.toString(8); break;
      case 'b': body = (s.alt ? '0b' : '') + v.toString(2); break;
      case 'c': body = String.fromCodePoint(Number(v)); break;
      default: body = group(v.toString(), s.grouping);
    }
    const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
    if (s.zero && s.width && !s.align) return sign + body.padStart(s.width - sign.length, '0');
    return pad(body, sign, s, '>');
  }
  if (isFloat(rt, o) || isInt(rt, o)) {
    const v = isFloat(rt, o) ? o.value : Number((o as IntObj).value);
    let body = formatFloatBody(v, s);
    if (s.grouping) {
      const [ip, fp] = body.split('.');
      body = group(ip, s.grouping) + (fp !== undefined ? '.' + fp : '');
    }
    const neg = v < 0 || Object.is(v, -0);
    const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
    if (s.zero && s.width && !s.align) return sign + body.padStart(s.width - sign.length, '0');
    return pad(body, sign, s, '>');
  }
  if (isStr(rt, o)) {
    let body = o.value;
    if (s.precision >= 0) body = [...body].slice(0, s.precision).join('');
    return pad(body, '', s, '<');
  }
  const txt = strOf(rt, o);
  if (spec) raise(rt, 'TypeError', `unsupported format string passed to ${o.type.name}.__format__`);
  return txt;
}

/** str.format */
export function formatString(rt: Runtime, fmt: string, args: PyObj[], kwargs: Map<string, PyObj> | null): string {
  let out = '';
  let auto = 0;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      const end = fmt.indexOf('}', i);
      if (end < 0) raise(rt, 'ValueError', "Single '{' encountered in format string");
      const field = fmt.slice(i + 1, end);
      i = end + 1;
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field)!;
      const name = m[1];
      let obj: PyObj;
      let owned = false;
      const [head, ...rest] = name.split(/(?=[.[])/);
      if (head === '') {
        if (auto >= args.length) raise(rt, 'IndexError', `Replacement index ${auto} out of range for positional args tuple`);
        obj = args[auto++];
      } else if (/^\d+$/.test(head)) {
        const k = Number(head);
        if (k >= args.length) raise(rt, 'IndexError', `Replacement index ${k} out of range for positional args tuple`);
        obj = args[k];
      } else {
        const v = kwargs?.get(head);
        if (!v) raise(rt, 'KeyError', `'${head}'`);
        obj = v;
      }
      for (const part of rest) {
        let next: PyObj;
        if (part[0] === '.') next = getAttr(rt, obj, part.slice(1));
        else {
          const key = part.slice(1, -1);
          const keyObj = /^\d+$/.test(key) ? rt.newInt(BigInt(key)) : rt.str(key);
          next = getItem(rt, obj, keyObj);
          decref(rt, keyObj, 'temporary');
        }
        if (owned) decref(rt, obj, 'temporary');
        obj = next;
        owned = true;
      }
      try {
        let text: string;
        if (m[2] === 'r') text = reprOf(rt, obj);
        else if (m[2] === 's') text = strOf(rt, obj);
        else if (m[2] === 'a') text = reprOf(rt, obj).replace(/[^\x00-\x7f]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
        else text = formatValue(rt, obj, m[3] ?? '');
        if (m[2] && m[3]) {
          const tmp = rt.str(text);
          text = formatValue(rt, tmp, m[3]);
          decref(rt, tmp, 'temporary');
        }
        out += text;
      } finally {
        if (owned) decref(rt, obj, 'temporary');
      }
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      raise(rt, 'ValueError', "Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

/** printf-style: 'x=%d' % v */
export function percentFormat(rt: Runtime, fmt: string, arg: PyObj): string {
  const args: PyObj[] = arg.type === rt.types.tuple ? (arg as unknown as { items: PyObj[] }).items : [arg];
  const isMapping = arg.type === rt.types.dict;
  let k = 0;
  const out = fmt.replace(/%(\([^)]*\))?([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([diouxXeEfFgGcrsa%])/g, (_m, key, flags, width, prec, conv) => {
    if (conv === '%') return '%';
    let v: PyObj;
    if (key && isMapping) {
      const ko = rt.str(key.slice(1, -1));
      v = getItem(rt, arg, ko);
      decref(rt, ko, 'temporary');
      decref(rt, v, 'temporary');
    } else {
      if (k >= args.length) raise(rt, 'TypeError', 'not enough arguments for format string');
      v = args[k++];
    }
    let body: string;
    if (conv === 's') body = strOf(rt, v);
    else if (conv === 'r' || conv === 'a') body = reprOf(rt, v);
    else if (conv === 'c') body = isInt(rt, v) ? String.fromCodePoint(Number((v as IntObj).value)) : strOf(rt, v);
    else {
      const spec = `${flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''}${flags.includes('#') ? '#' : ''}${prec !== undefined ? '.' + prec : ''}${conv === 'i' || conv === 'u' ? 'd' : conv}`;
      if ('diu'.includes(conv) && isFloat(rt, v)) {
        const tmp = rt.newInt(BigInt(Math.trunc(v.value)));
        body = formatValue(rt, tmp, spec);
        decref(rt, tmp, 'temporary');
      } else {
        if (!isInt(rt, v) && !isFloat(rt, v)) raise(rt, 'TypeError', `%${conv} format: a real number is required, not ${v.type.name}`);
        body = formatValue(rt, v, spec);
      }
    }
    const w = width ? Number(width) : 0;
    if (w > body.length) body = flags.includes('-') ? body.padEnd(w) : flags.includes('0') && !'sr'.includes(conv) ? (body[0] === '-' ? '-' + body.slice(1).padStart(w - 1, '0') : body.padStart(w, '0')) : body.padStart(w);
    return body;
  });
  if (!isMapping && k < args.length) raise(rt, 'TypeError', 'not all arguments converted during string formatting');
  return out;
}
