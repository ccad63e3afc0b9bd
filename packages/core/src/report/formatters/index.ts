// Every output format by name (`govlint -f NAME`).
import { checkstyle } from './checkstyle.js';
import { csv } from './csv.js';
import { github, githubStreaming } from './github.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish, stylishStreaming } from './stylish.js';
import type { BinaryFormatter, Formatter, StreamingFormatter } from './types.js';
import { unix, unixStreaming } from './unix.js';
import { xlsx } from './xlsx/index.js';

export type { BinaryFormatter, Formatter, FormatterContext, RuleMeta, StreamingFormatter } from './types.js';
export { RESULTS_SCHEMA_VERSION, toJsonOutput, type JsonOutput } from './json.js';
export { addTotals, emptyTotals, totals, type BodyTally, type RuleTally, type Totals } from './shared.js';

export const formatters: Record<string, Formatter> = { stylish, json, unix, sarif, github, checkstyle, junit, html, csv };

/** Formats that can print each file as soon as it is linted. */
export const streamingFormatters: Record<string, StreamingFormatter> = {
  stylish: stylishStreaming,
  unix: unixStreaming,
  github: githubStreaming,
};

/** Formats whose output is a file, not text. */
export const binaryFormatters: Record<string, BinaryFormatter> = { xlsx };
