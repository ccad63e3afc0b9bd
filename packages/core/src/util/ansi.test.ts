import { describe, expect, it } from 'vitest';
import { createColors, shouldColor } from './ansi.js';

describe('shouldColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it('follows flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(shouldColor(true, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(shouldColor(false, tty, { FORCE_COLOR: '1' })).toBe(false);
    expect(shouldColor(undefined, tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(shouldColor(undefined, tty, { NO_COLOR: '' })).toBe(true); // empty NO_COLOR does not count
    expect(shouldColor(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor(undefined, pipe, {})).toBe(false);
    expect(shouldColor(undefined, tty, { TERM: 'dumb' })).toBe(false);
    expect(shouldColor(undefined, tty, {})).toBe(true);
  });
});

describe('createColors', () => {
  it('wraps in SGR codes only when enabled', () => {
    expect(createColors(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createColors(false).red('x')).toBe('x');
  });
});
