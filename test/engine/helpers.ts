// Test helpers: throwaway packs in the OS temp folder (so every test also proves that packs load from
// outside the repository) and small hand-built report models with exact positions.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Cell, ReportModel } from '../../packages/core/src/model/types.js';
import { DocContext } from '../../packages/core/src/engine/doc-context.js';
import { loadPack } from '../../packages/core/src/engine/pack-loader.js';
import type { Finding, LoadedRule } from '../../packages/core/src/engine/types.js';
import type { Settings } from '../../packages/core/src/config/types.js';
import { effectiveOptions } from '../../packages/core/src/config/resolve.js';
import { lineIndex, spanAt } from '../../packages/core/src/util/position.js';
import { matchHeading } from '../../packages/core/src/model/headings.js';

export function tmpDir(prefix = 'govlint-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write `files` (path → content) under `root` (default: a new temp folder); returns the root. */
export function writeTree(files: Record<string, string>, root = tmpDir()): string {
  for (const [path, content] of Object.entries(files)) {
    const p = join(root, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

/** A pack folder with `pack.yaml` (name `test-pack` unless given) and the rule files. */
export function tmpPack(rules: Record<string, string>, manifest = 'name: test-pack\n', root = tmpDir('govlint-pack-')): string {
  return writeTree({ 'pack.yaml': manifest, ...Object.fromEntries(Object.entries(rules).map(([k, v]) => [`rules/${k}`, v])) }, root);
}

/** Load one rule given as YAML; `file` must match its id (`family/name.yaml`). */
export async function loadRule(yaml: string, file?: string): Promise<LoadedRule> {
  const id = /^id:\s*(\S+)/m.exec(yaml)?.[1] ?? 'test/rule';
  const dir = tmpPack({ [file ?? `${id}.yaml`]: yaml });
  const pack = await loadPack(dir, dir);
  return pack.rules[0];
}

export interface ModelSpec {
  /** key → raw text of the cell ('' = blank); each cell gets its own line "key: raw". */
  cells?: Record<string, string>;
  /** Extra text after the cells. */
  text?: string;
  overrides?: Partial<ReportModel>;
}

/** A report model whose cell `k` sits on its own line `k: raw`, so positions are easy to predict. */
export function modelOf(spec: ModelSpec = {}): ReportModel {
  let text = '';
  const cells: Record<string, Cell> = {};
  const pending: { key: string; raw: string; start: number }[] = [];
  for (const [key, raw] of Object.entries(spec.cells ?? {})) {
    const prefix = `${key}: `;
    pending.push({ key, raw, start: text.length + prefix.length });
    text += `${prefix}${raw}\n`;
  }
  text += spec.text ?? '';
  const index = lineIndex(text);
  for (const { key, raw, start } of pending) {
    const n = raw.trim() === '' ? null : Number(raw);
    cells[key] = { raw, value: n !== null && Number.isFinite(n) ? n : null, span: spanAt(index, start, start + raw.length) };
  }
  const emptyTable = { present: true, missing: [], extra: [] };
  return {
    schemaVersion: 1,
    meta: { title: null, body: null, bodyType: 'unknown', year: 2024, template: 'gov-2021', period: null, format: 'txt', publicationDate: null, signatures2019: [] },
    headings: [],
    sections: {},
    tables: { proactive: { ...emptyTable }, requests: { ...emptyTable }, appeals: { ...emptyTable } },
    cells,
    labels: [],
    paragraphs: [],
    text,
    ...spec.overrides,
  };
}

export function span(model: ReportModel, start: number, end: number) {
  return spanAt(lineIndex(model.text), start, end);
}

/** Run a rule's check directly (no gates) with its effective options. */
export async function check(rule: LoadedRule, model: ReportModel, settings: Settings = {}, lang: 'zh' | 'en' = 'zh'): Promise<Finding[]> {
  const options = effectiveOptions(rule, { configFiles: [], packs: [], rules: {}, settings, lang });
  return rule.check(new DocContext(model, settings, lang), options);
}

/** line:column of each finding, for compact assertions. */
export function at(findings: readonly { span: { start: { line: number; column: number } } }[]): string[] {
  return findings.map((f) => `${f.span.start.line}:${f.span.start.column}`);
}

/**
 * A prose-only model of `text`: lines that are part headings (一、总体情况 …) become headings and sections,
 * every other non-empty line a paragraph of the part it is in. Title = the first line when it is not a heading.
 */
export function proseModel(text: string, opts: { title?: boolean } = {}): ReportModel {
  const index = lineIndex(text);
  const headings: ReportModel['headings'] = [];
  const paragraphs: ReportModel['paragraphs'] = [];
  let section: ReportModel['paragraphs'][number]['section'] = null;
  let title: ReportModel['meta']['title'] = null;
  const re = /[^\n]*\n?/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const line = m[0].replace(/\n$/, '');
    const start = m.index;
    const h = matchHeading(line);
    if (h) {
      headings.push({ key: h.key, text: line.slice(h.start, h.end), canonical: h.canonical, match: h.match, span: spanAt(index, start + h.start, start + h.end) });
      section = h.key;
    } else if (line.trim() !== '') {
      if (opts.title && !title && start === 0) title = { value: line, text: line, span: spanAt(index, 0, line.length) };
      else paragraphs.push({ text: line, span: spanAt(index, start, start + line.length), section });
    }
  }
  const sections: ReportModel['sections'] = {};
  headings.forEach((h, i) => {
    if (sections[h.key]) return;
    const next = headings[i + 1];
    const end = next ? next.span.start.offset : text.length;
    sections[h.key] = { key: h.key, heading: h, span: spanAt(index, h.span.start.offset, end) };
  });
  const base = modelOf();
  return { ...base, text, headings, sections, paragraphs, meta: { ...base.meta, title } };
}

/** Cells on the first lines (as in modelOf), then `prose` read as in proseModel. */
export function cellsAndProse(cells: Record<string, string>, prose: string): ReportModel {
  const m = modelOf({ cells, text: prose });
  const p = proseModel(m.text);
  return { ...m, paragraphs: p.paragraphs, headings: p.headings, sections: p.sections };
}
