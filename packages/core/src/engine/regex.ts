// Compile pack patterns once, at load time, and refuse the ones a backtracking engine can take
// exponential time on. A report is ~40 KB of text and a run may cover thousands of them: one bad pattern
// (`(\s*[|\t])*`) on a line of tabs would hang the whole run.
import type { Localized } from '../config/errors.js';

export type PatternResult = { ok: true; regex: RegExp } | { ok: false; error: Localized };

/** `u` is always on (CJK and astral characters count as one); `g` and `d` so matches carry group offsets. */
export function compilePattern(source: string, flags = ''): PatternResult {
  const risky = backtrackingRisk(source);
  if (risky) {
    return {
      ok: false,
      error: {
        zh: `正则表达式可能导致灾难性回溯：嵌套的重复“${risky}”（如 (a+)+、(.*)*、(\\d+\\s*)+）。请去掉内层或外层的重复，或改用有界重复 {0,n}`,
        en: `regular expression prone to catastrophic backtracking: nested repetition “${risky}” (like (a+)+, (.*)*, (\\d+\\s*)+). Remove the inner or outer repetition, or bound it with {0,n}`,
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
}

/**
 * The fragment of `source` where a group that contains a variable repetition is itself repeated without
 * bound (star height ≥ 2), or null. This is the shape behind nearly all exponential regexes; it also
 * rejects a few safe ones (`(?:ab+)+`), which can always be rewritten. Alternation overlap (`(a|a)*`) is
 * not detected.
 */
export function backtrackingRisk(source: string): string | null {
  const stack: Group[] = [{ start: 0, repeats: false }];
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
      stack.push({ start: i, repeats: false });
      i += 1;
      continue;
    }
    if (c === ')' && stack.length > 1) {
      const group = stack.pop() as Group;
      const next = afterQuantifier(source, i + 1, stack, group);
      if (next < 0) return source.slice(group.start, -next);
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
