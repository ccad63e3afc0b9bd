// Compile pack patterns once, at load time, and refuse the ones a backtracking engine can take
// exponential time on. A report is ~40 KB of text and a run may cover thousands of them: one bad pattern
// (`(\s*[|\t])*`) on a line of tabs would hang the whole run.
import type { Localized } from '../config/errors.js';

export type PatternResult = { ok: true; regex: RegExp } | { ok: false; error: Localized };

/** `u` is always on (CJK and astral characters count as one); `g` and `d` so matches carry group offsets. */
export function compilePattern(source: string, flags = ''): PatternResult {
  const risk = findBacktrackingRisk(source);
  if (risk?.kind === 'nested') {
    return {
      ok: false,
      error: {
        zh: `正则表达式可能导致灾难性回溯：嵌套的重复“${risk.fragment}”（如 (a+)+、(.*)*、(\\d+\\s*)+）。请去掉内层或外层的重复，或改用有界重复 {0,n}`,
        en: `regular expression prone to catastrophic backtracking: nested repetition “${risk.fragment}” (like (a+)+, (.*)*, (\\d+\\s*)+). Remove the inner or outer repetition, or bound it with {0,n}`,
      },
    };
  }
  if (risk?.kind === 'alternation') {
    return {
      ok: false,
      error: {
        zh: `正则表达式可能导致灾难性回溯：重复的分支可能匹配同一段文字“${risk.fragment}”（如 (a|a)*、(\\d|0)+）。请让各分支的首字符互不相同，或改用字符类 [...]`,
        en: `regular expression prone to catastrophic backtracking: repeated alternatives that can match the same text “${risk.fragment}” (like (a|a)*, (\\d|0)+). Make the alternatives start with different characters, or use a class [...]`,
      },
    };
  }
  const allFlags = [...new Set(`gud${flags}`)].join('');
  try {
    return { ok: true, regex: new RegExp(source, allFlags) };
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return { ok: false, error: { zh: `正则表达式无效：${reason}`, en: `invalid regular expression: ${reason}` } };
  }
}

export function escapeRegex(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

interface Group {
  start: number;
  /** The group contains a repetition whose count can vary (`*`, `+`, `{n,}`, `{n,m}` with m > n). */
  repeats: boolean;
  /** Positions of the group's own `|`. */
  bars: number[];
}

export interface BacktrackingRisk {
  /** The repeated group, quantifier included. */
  fragment: string;
  /** `nested`: it repeats a repetition, `(a+)+`; `alternation`: two of its alternatives can start alike, `(a|a)*`. */
  kind: 'nested' | 'alternation';
}

/** The fragment of `source` that can backtrack exponentially (see findBacktrackingRisk), or null. */
export function backtrackingRisk(source: string): string | null {
  return findBacktrackingRisk(source)?.fragment ?? null;
}

/**
 * A group repeated without bound that either contains a variable repetition itself (star height ≥ 2) or has
 * alternatives that can start with the same character: the two shapes behind nearly all exponential regexes.
 * Both checks are conservative: they reject a few safe patterns (`(?:ab+)+`, `(?:\d|年)+`, where a class or an
 * escape is assumed to overlap anything), which can always be rewritten. Polynomial patterns (`\d*\d*x`)
 * are not detected.
 */
export function findBacktrackingRisk(source: string): BacktrackingRisk | null {
  const stack: Group[] = [{ start: 0, repeats: false, bars: [] }];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i = skipEscape(source, i);
      i = afterQuantifier(source, i, stack, null);
      continue;
    }
    if (c === '[') {
      i = skipClass(source, i);
      i = afterQuantifier(source, i, stack, null);
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, repeats: false, bars: [] });
      i += 1;
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1].bars.push(i);
      i += 1;
      continue;
    }
    if (c === ')' && stack.length > 1) {
      const group = stack.pop() as Group;
      const q = readQuantifier(source, i + 1);
      if (q?.unbounded && overlappingAlternatives(source, group, i)) return { fragment: source.slice(group.start, q.end), kind: 'alternation' };
      const next = afterQuantifier(source, i + 1, stack, group);
      if (next < 0) return { fragment: source.slice(group.start, -next), kind: 'nested' };
      i = next;
      continue;
    }
    i = afterQuantifier(source, i + 1, stack, null);
  }
  return null;
}

/**
 * Reads an optional quantifier at `i` that applies to the atom just read (`group` when the atom is a
 * group). Returns the index after it, or `-end` when a repeated group repeats a repetition.
 */
function afterQuantifier(source: string, i: number, stack: Group[], group: Group | null): number {
  const q = readQuantifier(source, i);
  const parent = stack[stack.length - 1];
  if (group?.repeats) parent.repeats = true;
  if (!q) return i;
  if (q.variable) parent.repeats = true;
  if (group?.repeats && q.unbounded) return -q.end;
  return q.end;
}

function readQuantifier(source: string, i: number): { end: number; variable: boolean; unbounded: boolean } | null {
  const c = source[i];
  let end: number;
  let variable: boolean;
  let unbounded: boolean;
  if (c === '*' || c === '+') {
    end = i + 1;
    variable = true;
    unbounded = true;
  } else if (c === '?') {
    // `?` alone repeats at most once: harmless inside a repeated group.
    end = i + 1;
    variable = false;
    unbounded = false;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return null;
    end = i + m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    variable = max > min;
    // A large bounded outer repetition is as bad as an unbounded one in practice.
    unbounded = max === Infinity || max - min > 10;
  } else {
    return null;
  }
  if (source[end] === '?') end += 1; // lazy: same backtracking
  return { end, variable, unbounded };
}

/** Whether two alternatives of the group (which ends at `close`) may start with the same character. */
function overlappingAlternatives(source: string, group: Group, close: number): boolean {
  if (group.bars.length === 0) return false;
  // The body starts after `(`, `(?:`, `(?<name>`, or a lookaround opener.
  const opener = /^\((?:\?(?:<[A-Za-z_$][\w$]*>|<=|<!|[:=!]))?/.exec(source.slice(group.start))?.[0] ?? '(';
  const starts = [group.start + opener.length, ...group.bars.map((b) => b + 1)];
  const firsts = starts.map((start, k) => firstCharacter(source, start, k < group.bars.length ? group.bars[k] : close));
  for (let a = 0; a < firsts.length; a++) {
    for (let b = a + 1; b < firsts.length; b++) if (firsts[a] === null || firsts[b] === null || firsts[a] === firsts[b]) return true;
  }
  return false;
}

/**
 * The literal character an alternative (source[start..end)) must start with, or null when it may start with
 * more than one (a class, an escape such as \d, a group, an optional first atom, nothing at all).
 */
function firstCharacter(source: string, start: number, end: number): string | null {
  if (start >= end) return null;
  const c = source.codePointAt(start) as number;
  const ch = String.fromCodePoint(c);
  let literal: string | null;
  let next: number;
  if (ch === '\\') {
    const escaped = source[start + 1] ?? '';
    literal = /^[A-Za-z0-9]$/.test(escaped) ? null : escaped;
    next = skipEscape(source, start);
  } else if ('[(.^$'.includes(ch)) {
    return null;
  } else {
    literal = ch;
    next = start + ch.length;
  }
  // `a?`, `a*`, `a{0,n}`: the alternative may start with what follows instead.
  return /^(?:[?*]|\{0[,}])/.test(source.slice(next, next + 3)) ? null : literal;
}

function skipEscape(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
    const close = source.indexOf('}', i + 3);
    return close < 0 ? source.length : close + 1;
  }
  if (next === 'k' && source[i + 2] === '<') {
    const close = source.indexOf('>', i + 3);
    return close < 0 ? source.length : close + 1;
  }
  return i + 2;
}

function skipClass(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === '^') j += 1;
  if (source[j] === ']') j += 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}
