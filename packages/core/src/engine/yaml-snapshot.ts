// Parsed YAML of the packs shipped with govlint, made at build time: parsing their ~60 rule files with the
// YAML parser (cold, in a new process) costs ~0.3 s, most of what loading the national pack costs. The build
// (scripts/build-assets.mjs) stores each file's data as JSON under the hash of its text; a file is read from
// the snapshot only when its text is exactly what was parsed, so an edited rule is simply parsed again.
// The build also records which schema checks each file passed (a pack.yaml, a rule file) and under which
// validators (their fingerprint): loading those validators (~0.9 MB of generated code) and running them cost
// a new process more than the parse did, and a file is checked again whenever its text or the schemas differ.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { yaml } from './yaml-lib.js';

const SNAPSHOT = new URL('./yaml-snapshot.json', import.meta.url);
const FORMAT = 2;

interface Snapshot {
  format: number;
  /** sha256 of a file's text → JSON of its data. */
  entries: Record<string, string>;
  /** Fingerprint of the validators the `valid` roles were checked with (schemas.ts). */
  validators?: string;
  /** sha256 of a file's text → the checks its data passed at build time ('pack', 'rule'). */
  valid?: Record<string, string[]>;
}

/** What the build knows of one file: its data and the schema checks it passed, under which validators. */
export interface SnapshotEntry {
  data: unknown;
  /** Checks the data passed with the validators of fingerprint `validators`. */
  valid: readonly string[];
  validators: string;
}

/** Schema checks run at build time on each snapshot entry: role → passes. */
export interface SnapshotChecks {
  fingerprint: string;
  roles: Record<string, (data: unknown) => boolean>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

let loaded: Snapshot | undefined;

function load(): Snapshot {
  if (!loaded) {
    loaded = { format: FORMAT, entries: {} };
    const file = fileURLToPath(SNAPSHOT);
    if (existsSync(file)) {
      try {
        const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
        if (snap.format === FORMAT) loaded = snap;
      } catch {
        // a broken snapshot is no snapshot
      }
    }
  }
  return loaded;
}

/** What the build recorded of a YAML/JSON text (its data a fresh copy), or undefined. */
export function snapshotEntry(text: string): SnapshotEntry | undefined {
  const snap = load();
  const hash = hashOf(text);
  const json = snap.entries[hash];
  if (json === undefined) return undefined;
  return { data: JSON.parse(json), valid: snap.valid?.[hash] ?? [], validators: snap.validators ?? '' };
}

/** The data of a YAML/JSON text parsed at build time (a fresh copy), or undefined. */
export function snapshotData(text: string): unknown {
  return snapshotEntry(text)?.data;
}

/**
 * The snapshot of these texts: those that parse without error (as parseSource parses them) and whose data
 * survives JSON unchanged; with `checks`, the roles each one's data passes.
 */
export function buildSnapshot(texts: readonly string[], checks?: SnapshotChecks): string {
  const out: Snapshot = { format: FORMAT, entries: {}, ...(checks ? { validators: checks.fingerprint, valid: {} } : {}) };
  for (const raw of texts) {
    const doc = yaml().parseDocument(raw.replace(/^\uFEFF/, ''), { uniqueKeys: true });
    if (doc.errors.length > 0) continue;
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    const json = JSON.stringify(data);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) continue;
    const hash = hashOf(raw);
    out.entries[hash] = json;
    if (checks && out.valid) {
      // Checked on a copy of what a run gets (JSON's), so that nothing a validator might do shows through.
      const roles = Object.entries(checks.roles).filter(([, passes]) => passes(JSON.parse(json))).map(([role]) => role);
      if (roles.length > 0) out.valid[hash] = roles;
    }
  }
  return `${JSON.stringify(out)}\n`;
}
