// ANSI colours as plain string functions, switched off as a whole when colour is not wanted, so formatters never
// test a flag themselves. (node:util.styleText would consult the stream, but formatters return strings.)

export interface Colors {
  enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  gray(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  dim(s: string): string;
}

function style(open: number, close: number): (s: string) => string {
  return (s) => `\u001b[${open}m${s}\u001b[${close}m`;
}

const identity = (s: string): string => s;

export function createColors(enabled: boolean): Colors {
  if (!enabled) {
    return { enabled, red: identity, yellow: identity, blue: identity, green: identity, gray: identity, bold: identity, underline: identity, dim: identity };
  }
  return {
    enabled,
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    green: style(32, 39),
    gray: style(90, 39),
    bold: style(1, 22),
    underline: style(4, 24),
    dim: style(2, 22),
  };
}

/**
 * Whether to colour a stream: an explicit flag wins, then NO_COLOR (https://no-color.org: any non-empty value),
 * then FORCE_COLOR (anything but "0"/"false"), then "is it a terminal that is not dumb".
 */
export function shouldColor(
  flag: boolean | undefined,
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}
