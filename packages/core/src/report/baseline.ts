// A baseline of accepted findings (ESLint's bulk suppressions, eslint-suppressions.json): a reviewer re-checking
// hundreds of reports after corrections wants only what is new. A finding is matched by its file (relative to
// the baseline's folder), its rule and a fingerprint made of what the message says, never of where it stands, so
// lines moved by an edit above it change nothing. Entries count findings: a second identical finding is new.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic } from './diagnostic.js';

export const BASELINE_VERSION = 1;
export const BASELINE_SCHEMA = 'https://github.com/govlint/govlint/blob/main/packages/core/schemas/baseline.schema.json';

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  count: number;
  /** The first such finding's message, for the people who read the file; never matched. */
  message: string;
}

export interface Baseline {
  $schema?: string;
  baselineVersion: typeof BASELINE_VERSION;
  /** Path relative to the baseline's folder, with "/" → entries sorted by rule and fingerprint. */
  files: Record<string, BaselineEntry[]>;
}

/** Whitespace runs as one space and full-width forms as half-width: a re-typed space is the same finding. */
const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * What a finding says, hashed: the message id, model key and message data (what the message is made from, and
 * never a position), or the message itself for a rule that gives no data.
 */
export function findingFingerprint(d: Diagnostic): string {
  const data = d.data && Object.keys(d.data).length > 0 ? Object.keys(d.data).sort().map((k) => [k, normal(String(d.data?.[k]))]) : null;
  const said = JSON.stringify([d.messageId ?? null, d.key ?? null, data, data ? null : normal(d.message)]);
  return createHash('sha256').update(said).digest('hex').slice(0, 16);
}

/** The file's name in a baseline kept in `baseDir`: relative, with "/" on every system. */
export function baselinePath(filePath: string, baseDir: string): string {
  if (!isAbsolute(filePath)) return filePath; // <stdin>
  return relative(baseDir, filePath).split(sep).join('/');
}

/** Fatal diagnostics (an unreadable file) are no finding to accept: never in a baseline, never suppressed. */
const acceptable = (d: Diagnostic) => !d.fatal;
const slot = (ruleId: string, fingerprint: string) => `${ruleId}\0${fingerprint}`;

/** A file's findings as baseline entries. */
export function baselineEntries(messages: readonly Diagnostic[]): BaselineEntry[] {
  const bySlot = new Map<string, BaselineEntry>();
  for (const d of messages.filter(acceptable)) {
    const fingerprint = findingFingerprint(d);
    const entry = bySlot.get(slot(d.ruleId, fingerprint));
    if (entry) entry.count++;
    else bySlot.set(slot(d.ruleId, fingerprint), { ruleId: d.ruleId, fingerprint, count: 1, message: d.message });
  }
  return [...bySlot.values()].sort((a, b) => (a.ruleId === b.ruleId ? (a.fingerprint < b.fingerprint ? -1 : 1) : a.ruleId < b.ruleId ? -1 : 1));
}

/**
 * A baseline of these files' entries (name in the baseline → entries). Files of `previous` not linted this
 * time keep theirs (ESLint's --suppress-all updates its file too): re-checking a few reports forgets no other.
 */
export function createBaseline(linted: ReadonlyMap<string, BaselineEntry[]>, previous?: Baseline): Baseline {
  const files: Record<string, BaselineEntry[]> = { ...previous?.files };
  for (const [name, entries] of linted) {
    if (entries.length > 0) files[name] = entries;
    else delete files[name];
  }
  const sorted = Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]]));
  return { $schema: BASELINE_SCHEMA, baselineVersion: BASELINE_VERSION, files: sorted };
}

export interface Suppressed {
  /** The findings the baseline does not list. */
  messages: Diagnostic[];
  suppressed: number;
  /** Baseline entries (counted per finding) of this file that no longer occur. */
  fixed: number;
}

/** The findings of one file that are new against `entries` (its part of a baseline). */
export function suppressFindings(messages: readonly Diagnostic[], entries: readonly BaselineEntry[] = []): Suppressed {
  const left = new Map(entries.map((e) => [slot(e.ruleId, e.fingerprint), e.count]));
  const kept: Diagnostic[] = [];
  let suppressed = 0;
  for (const d of messages) {
    const at = acceptable(d) ? slot(d.ruleId, findingFingerprint(d)) : '';
    const count = left.get(at) ?? 0;
    if (count > 0) {
      left.set(at, count - 1);
      suppressed++;
    } else kept.push(d);
  }
  let fixed = 0;
  for (const count of left.values()) fixed += count;
  return { messages: kept, suppressed, fixed };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function isEntry(x: unknown): x is BaselineEntry {
  return (
    isRecord(x) &&
    typeof x.ruleId === 'string' &&
    typeof x.fingerprint === 'string' &&
    typeof x.message === 'string' &&
    Number.isInteger(x.count) &&
    (x.count as number) > 0
  );
}

/**
 * A baseline from its JSON text, checked as baseline.schema.json says (by hand: the CLI is one bundled file and
 * does not read schemas at run time). Throws an Error saying what is wrong.
 */
export function parseBaseline(text: string): Baseline {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || value.baselineVersion !== BASELINE_VERSION) throw new Error(`baselineVersion must be ${BASELINE_VERSION}`);
  if (!isRecord(value.files)) throw new Error('files must be an object');
  for (const [file, entries] of Object.entries(value.files)) {
    if (!Array.isArray(entries) || !entries.every(isEntry)) throw new Error(`files["${file}"] must be a list of { ruleId, fingerprint, count, message }`);
  }
  return value as unknown as Baseline;
}
