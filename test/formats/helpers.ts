// Shared by the format tests: the fixtures, the report data they were generated from, and views of a Document.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Table, TableCell } from 'mdast';
import type { Document } from '../../packages/core/src/read/document.js';
import { cellText } from '../../packages/core/src/read/mdast-build.js';
// The generator's own data: what each fixture was written from.
import { place } from '../../scripts/format-fixtures/layout.mjs';
import { blocks, REPORTS } from '../../scripts/format-fixtures/report-data.mjs';

export const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export type SeedId = 'seed-004' | 'seed-000';
export type TableKey = 'proactive' | 'requests' | 'appeals';

interface SourceCell {
  t: string;
  cs?: number;
  rs?: number;
  kind?: string;
}

interface Report {
  id: string;
  requests: number[][];
  appeals: number[];
}

function report(id: SeedId): Report {
  const r = (REPORTS as Report[]).find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
}

/** The expected full grid of a table: texts (whitespace removed) and which slots only span. */
export function expectedGrid(id: SeedId, key: TableKey): { text: string; spanned: boolean }[][] {
  const b = (blocks(report(id)) as { kind: string; key?: string; rows?: SourceCell[][] }[]).find((x) => x.kind === 'table' && x.key === key);
  if (!b?.rows) throw new Error(key);
  const { width, grid } = place(b.rows) as { width: number; grid: ({ p: { cell: SourceCell }; first: boolean } | undefined)[][] };
  return grid.map((line) =>
    Array.from({ length: width }, (_, c) => {
      const slot = line[c];
      return slot?.first ? { text: slot.p.cell.t.replace(/\s/g, ''), spanned: false } : { text: '', spanned: true };
    }),
  );
}

/** Table 三's 25 rows of 7 values and table 四's 15, as the seed has them. */
export function expectedValues(id: SeedId): { requests: number[][]; appeals: number[] } {
  const r = report(id);
  return { requests: r.requests, appeals: r.appeals };
}

export function tables(doc: Document): Table[] {
  return doc.root.children.filter((n): n is Table => n.type === 'table');
}

/** The three report tables: the last three tables of the document (a CMS page may put a metadata table first). */
export function reportTables(doc: Document): Record<TableKey, Table> {
  const t = tables(doc);
  if (t.length < 3) throw new Error(`expected 3 tables, got ${t.length}`);
  const [proactive, requests, appeals] = t.slice(-3);
  return { proactive, requests, appeals };
}

export function grid(table: Table): { text: string; spanned: boolean }[][] {
  return table.children.map((row) => row.children.map((c: TableCell) => ({ text: cellText(c).replace(/\s/g, ''), spanned: c.data?.spanned === true })));
}

/** Every text node of the tree with its source slice. */
export function textNodes(doc: Document): { value: string; slice: string; start: number; end: number }[] {
  const out: { value: string; slice: string; start: number; end: number }[] = [];
  const stack: unknown[] = [doc.root];
  while (stack.length > 0) {
    const n = stack.pop() as { type: string; value?: string; children?: unknown[]; position?: { start: { offset: number }; end: { offset: number } } };
    if (n.type === 'text' && n.position) {
      out.push({ value: n.value ?? '', slice: doc.text.slice(n.position.start.offset, n.position.end.offset), start: n.position.start.offset, end: n.position.end.offset });
    }
    if (n.children) stack.push(...n.children);
  }
  return out;
}

/** Every node has a position, and its line/column agree with its offset in Document.text. */
export function positionsConsistent(doc: Document): string[] {
  const lineStarts = [0];
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text.charCodeAt(i);
    if (c === 10 || (c === 13 && doc.text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const bad: string[] = [];
  const check = (type: string, p: { line: number; column: number; offset: number }): void => {
    const start = lineStarts[p.line - 1];
    if (start === undefined || start + p.column - 1 !== p.offset) bad.push(`${type} ${p.line}:${p.column} @${p.offset}`);
  };
  const stack: unknown[] = [doc.root];
  while (stack.length > 0) {
    const n = stack.pop() as { type: string; children?: unknown[]; position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } };
    if (!n.position) bad.push(`${n.type} without position`);
    else {
      check(n.type, n.position.start);
      check(n.type, n.position.end);
    }
    if (n.children) stack.push(...n.children);
  }
  return bad;
}
