// Mutated copies of a report for examples: `replace` plain text, `set` a cell's raw text at its span.
import { extract } from '../extract.js';
import type { Example } from '../engine/types.js';

/** `lines`: 1-based lines of the mutated text that `set` changed (docs show them next to the diagnostics). */
export type Mutation = { ok: true; text: string; lines: number[] } | { ok: false; problem: string };

export async function mutate(text: string, filePath: string, example: Pick<Example, 'replace' | 'set'>): Promise<Mutation> {
  let out = text;
  for (const { from, to } of example.replace ?? []) {
    const at = out.indexOf(from);
    if (at < 0) return { ok: false, problem: `replace: “${from}” not found in the example text` };
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  const sets = Object.entries(example.set ?? {});
  if (sets.length === 0) return { ok: true, text: out, lines: [] };
  const { model } = await extract(new TextEncoder().encode(out), filePath);
  const edits: { start: number; end: number; text: string; line: number }[] = [];
  for (const [key, value] of sets) {
    const cell = model.cells[key];
    if (!cell) return { ok: false, problem: `set: cell ${key} not found in the example's model` };
    // The span covers the value as written; a blank cell has an empty span where the value belongs.
    edits.push({ start: cell.span.start.offset, end: cell.span.end.offset, text: String(value), line: cell.span.start.line });
  }
  edits.sort((a, b) => b.start - a.start);
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // A cell value never spans lines, so the lines are the same before and after the edits.
  return { ok: true, text: out, lines: edits.map((e) => e.line) };
}
