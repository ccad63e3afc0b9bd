// Parsed YAML of the packs shipped with govlint, made at build time: parsing their ~60 rule files with the
// YAML parser (cold, in a new process) costs ~0.3 s, most of what loading the national pack costs. The build
// (scripts/build-assets.mjs) stores each file's data as JSON under the hash of its text; a file is read from
// the snapshot only when its text is exactly what was parsed, so an edited rule is simply parsed again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { yaml } from './yaml-lib.js';

const SNAPSHOT = new URL('./yaml-snapshot.json', import.meta.url);
const FORMAT = 1;

interface Snapshot {
  format: number;
  /** sha256 of a file's text → JSON of its data. */
  entries: Record<string, string>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

let entries: Record<string, string> | undefined;

function load(): Record<string, string> {
  if (!entries) {
    entries = {};
    const file = fileURLToPath(SNAPSHOT);
    if (existsSync(file)) {
      try {
        const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
        if (snap.format === FORMAT) entries = snap.entries;
      } catch {
        // a broken snapshot is no snapshot
      }
    }
  }
  return entries;
}

/** The data of a YAML/JSON text parsed at build time (a fresh copy), or undefined. */
export function snapshotData(text: string): unknown {
  const json = load()[hashOf(text)];
  return json === undefined ? undefined : JSON.parse(json);
}

/**
 * The snapshot of these texts: those that parse without error (as parseSource parses them) and whose data
 * survives JSON unchanged.
 */
export function buildSnapshot(texts: readonly string[]): string {
  const out: Snapshot = { format: FORMAT, entries: {} };
  for (const raw of texts) {
    const doc = yaml().parseDocument(raw.replace(/^\uFEFF/, ''), { uniqueKeys: true });
    if (doc.errors.length > 0) continue;
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    const json = JSON.stringify(data);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) continue;
    out.entries[hashOf(raw)] = json;
  }
  return `${JSON.stringify(out)}\n`;
}
