// Parse a YAML or JSON file keeping positions, so that schema errors and bad regexes can point at
// `file:line:column` (JSON is parsed by the YAML parser too: same positions, one code path).
import type { Document as YamlDocument } from 'yaml';
import { ConfigError, type SourcePosition } from '../config/errors.js';
import { yaml } from './yaml-lib.js';
import { snapshotEntry, type SnapshotEntry } from './yaml-snapshot.js';
import { jsonProblem, yamlReason } from './syntax-errors.js';
import { NotReadable, notReadableText, readRegularFile } from '../util/read-file.js';

export type DataPath = readonly (string | number)[];

export interface SourceFile {
  path: string;
  data: unknown;
  /** Position of the value at `path` (or of its key with `key: true`); the nearest existing ancestor otherwise. */
  locate(path: DataPath, opts?: { key?: boolean }): SourcePosition;
  /** A file of a bundled pack unchanged since the build: the schema checks its data passed then (schemas.ts). */
  built?: Pick<SnapshotEntry, 'valid' | 'validators'>;
}

/** A config, a pack manifest or a rule file is small: anything larger is not one (and is not read). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export async function readSourceFile(path: string): Promise<SourceFile> {
  let text: string;
  try {
    // Synchronous: a pack is dozens of small files read one after the other at start, and each asynchronous read
    // is four thread-pool round trips (open, stat, read, close) that the start would wait for.
    text = readRegularFile(path, MAX_SOURCE_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof NotReadable) throw new ConfigError(path, notReadableText(error, MAX_SOURCE_BYTES));
    throw error;
  }
  return parseSource(text, path);
}

export function parseSource(text: string, path: string): SourceFile {
  // A file of a bundled pack, unchanged since the build: its data now, positions only if an error needs them.
  const known = snapshotEntry(text);
  if (known !== undefined) {
    let parsed: SourceFile | undefined;
    return {
      path,
      data: known.data,
      locate: (dataPath, opts) => (parsed ??= parseYaml(text, path)).locate(dataPath, opts),
      built: { valid: known.valid, validators: known.validators },
    };
  }
  return parseYaml(text, path);
}

function parseYaml(text: string, path: string): SourceFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const body = text.replace(/^\uFEFF/, '');
  // A .json file is held to JSON (YAML would take a trailing comma or a comment), and explained as JSON.
  const json = /\.json$/i.test(path) ? jsonProblem(body) : null;
  if (json) {
    throw new ConfigError(path, { zh: `JSON 语法错误：${json.reason.zh}`, en: `JSON syntax error: ${json.reason.en ?? json.reason.zh}` }, { line: json.line, column: json.column });
  }
  const doc = parseDocument(body, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const reason = yamlReason(first.code, first.message);
    throw new ConfigError(path, { zh: `YAML 语法错误：${reason.zh}`, en: `YAML syntax error: ${reason.en ?? reason.zh}` }, pos ? { line: pos.line, column: pos.col } : undefined);
  }
  const toPosition = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: Math.max(p.line, 1), column: p.col };
  };
  return {
    path,
    data: doc.toJS({ maxAliasCount: 100 }),
    locate: (dataPath, opts) => toPosition(offsetOf(doc, dataPath, opts?.key ?? false)),
  };
}

function offsetOf(doc: YamlDocument, dataPath: DataPath, key: boolean): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of dataPath.entries()) {
    const last = i === dataPath.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}
