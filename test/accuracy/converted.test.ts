// Classes A, M and N of shared/spec/real-world-accuracy.md: converter-mangled tables, hard-wrapped text and a PDF
// table continued across a page break. Each case is a seed changed the way converters change reports; the
// expected findings are exact (rule, level, line:column).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../packages/core/src/lint.js';
import { ACCURACY, addedFindings, lintAccuracy } from './helpers.js';
import { readFileSync } from 'node:fs';

const TMP = mkdtempSync(join(tmpdir(), 'govlint-converted-'));

/** A fixture changed by `edit`, written to a temporary file with the same extension, linted with the default packs. */
async function lintEdited(name: string, edit: (text: string) => string): Promise<{ lines: string[]; model: NonNullable<Awaited<ReturnType<typeof lintAccuracy>>['model']> }> {
  const path = join(TMP, name);
  writeFileSync(path, edit(readFileSync(ACCURACY + name, 'utf8')));
  const linted = await lintAccuracyAt(path);
  return linted;
}

async function lintAccuracyAt(path: string) {
  const result = await lintFile(path, { noConfig: true, includeModel: true });
  const lines = result.messages.map((d) => `${d.severity[0]} ${d.ruleId} ${d.span?.start.line ?? 0}:${d.span?.start.column ?? 0}`);
  return { lines, model: result.model as Awaited<ReturnType<typeof lintAccuracy>>['model'] };
}

describe('M: hard-wrapped sentences and two-line titles', () => {
  it('p01: SEED-004 as Markdown hard-wrapped every 30 characters gives the findings of the unwrapped file', async () => {
    expect(await addedFindings('p01-seed004-md-wrapped.md', 'p00-seed004-md.md')).toEqual([]);
    const [wrapped, flat] = await Promise.all([lintAccuracy('p01-seed004-md-wrapped.md'), lintAccuracy('p00-seed004-md.md')]);
    expect(wrapped.lines.length).toBe(flat.lines.length);
    expect(wrapped.model.meta.period?.text).toBe('统计期限自2024年1月1日起,至2024年12月31日');
    // The paragraphs read as the unwrapped file's, one per paragraph.
    expect(wrapped.model.paragraphs.map((p) => p.text)).toEqual(flat.model.paragraphs.map((p) => p.text));
  });

  it('wrapped lines that end in a number after a space stay prose (not a spaced table)', async () => {
    // Two consecutive wrapped lines ending in " 47" and " 6600": the text scanner alone takes them for a spaced table.
    const edit = (t: string) =>
      t.replace('会救助等重点领域信息,以及47家公共企事业单位信息,全年通过\n', '会救助等重点领域信息,以及全区公共企事业单位共计 47\n家,全年通过政府网站公开各类政府信息共计 6600\n');
    const { lines, model } = await lintEdited('p01-seed004-md-wrapped.md', edit);
    const flat = await lintAccuracy('p00-seed004-md.md');
    expect(lines).toEqual(flat.lines);
    expect(model.paragraphs.some((p) => p.text.includes('以及全区公共企事业单位共计 47家,全年通过政府网站公开各类政府信息共计 6600政府网站'))).toBe(true);
    expect(Object.values(model.tables).flatMap((t) => t.extra)).toEqual([]);
  });

  it('n12: a title on two lines (body, then year and 年度报告) gives the title, the body and the year', async () => {
    const { model } = await lintAccuracy('n12-title-two-lines.txt');
    expect(model.meta.title?.value).toBe('西工区人民政府办公室2024年政府信息公开工作年度报告');
    expect(model.meta.title?.span.start.line).toBe(3);
    expect(model.meta.title?.span.end.line).toBe(4);
    expect(model.meta.body).toBe('西工区人民政府办公室');
    expect(model.meta.bodyType).toBe('office');
    expect(model.meta.year).toBe(2024);
    expect(await addedFindings('n12-title-two-lines.txt', 'n00-seed002.txt')).toEqual([]);
  });

  it('a report whose year cannot be read gets one structure/year-unknown info', async () => {
    const { lines, model } = await lintEdited('n00-seed002.txt', (t) => t.replace(/20(2[0-9])\s*年/g, '本'));
    expect(model.meta.year).toBeNull();
    expect(lines.filter((l) => l.includes('structure/year-unknown'))).toEqual(['i structure/year-unknown 1:1']);
    expect((await lintAccuracy('n00-seed002.txt')).lines.some((l) => l.includes('year-unknown'))).toBe(false);
  });
});

describe('A: converter-mangled tables', () => {
  it('n19: an invented header row repeating 表三 row labels is a header, and the row after it is read', async () => {
    expect(await addedFindings('n19-header-row-t3.txt', 'n00-seed000.txt')).toEqual([]);
    const { model } = await lintAccuracy('n19-header-row-t3.txt');
    expect(model.cells['requests.carriedForward.total']?.value).toBe(0);
    expect(model.tables.requests.missing).toEqual([]);
    expect(model.tables.requests.extra).toEqual([]);
    expect(model.labels.some((l) => l.written === '予以公开')).toBe(false);
  });

  it('n20: 表四 as three 5-column tables, one per block: every block is read', async () => {
    expect(await addedFindings('n20-t4-per-block.txt', 'n00-seed000.txt')).toEqual([]);
    const [split, whole] = await Promise.all([lintAccuracy('n20-t4-per-block.txt'), lintAccuracy('n00-seed000.txt')]);
    const appeals = (m: typeof split.model) => Object.fromEntries(Object.entries(m.cells).filter(([k]) => k.startsWith('appeals.')).map(([k, c]) => [k, c.value]));
    expect(appeals(split.model)).toEqual(appeals(whole.model));
    expect(split.model.cells['appeals.litigationDirect.total']?.value).toBe(2);
    expect(split.model.tables.appeals.missing).toEqual([]);
  });

  it('表四 per block with one block missing: its cells are missing, the others read', async () => {
    const { model, lines } = await lintEdited('n20-t4-per-block.txt', (t) => t.replace('行政诉讼（复议后起诉）\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n0 | 0 | 0 | 0 | 0 |\n', ''));
    expect(model.cells['appeals.litigationDirect.corrected']?.value).toBe(2);
    expect(model.tables.appeals.missing).toEqual(['appeals.litigationAfterReview.upheld', 'appeals.litigationAfterReview.corrected', 'appeals.litigationAfterReview.other', 'appeals.litigationAfterReview.pending', 'appeals.litigationAfterReview.total']);
    expect(lines.filter((l) => l.includes('table4-shape'))).toEqual(['e template/table4-shape 59:1']);
  });
});
