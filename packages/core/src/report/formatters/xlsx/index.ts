// `-f xlsx`: a workbook for a reviewer of a batch: every finding (the rows of -f csv) with an autofilter, one row
// per report (reports with errors first, clean ones too: a reviewer checks that every report was looked at),
// and findings by rule. Binary: the CLI writes it with -o only.
import type { FileResult } from '../../diagnostic.js';
import { findingHeaders, findingRows } from '../csv.js';
import { words } from '../html/i18n.js';
import { bodyOf, displayPath, rulesByCount, severityWord, totals, worstFirst } from '../shared.js';
import type { BinaryFormatter } from '../types.js';
import { workbook, type Cell } from './workbook.js';

const SHEETS = {
  zh: { findings: '问题', reports: '报告', rules: '按规则' },
  en: { findings: 'Findings', reports: 'Reports', rules: 'By rule' },
} as const;

export const xlsx: BinaryFormatter = (results, ctx) => {
  const w = words(ctx.lang);
  const names = SHEETS[ctx.lang];
  // file, body, year, template: the first columns of the findings, so both sheets filter alike.
  const head = findingHeaders(ctx.lang).slice(0, 4);
  const reportRow = (r: FileResult): Cell[] => {
    const meta = r.meta ?? r.model?.meta;
    return [displayPath(r.filePath, ctx.cwd), bodyOf(r) ?? '', meta?.year ?? '', meta?.template ?? '', r.errorCount, r.warningCount, r.infoCount, r.fatalCount];
  };
  // A finding carries the level its rule is configured to: the first one's is the rule's.
  const rules = rulesByCount(totals(results)).map(([id, e]): Cell[] => [id, severityWord(e, ctx.lang), e.count, e.files]);
  return workbook([
    { name: names.findings, header: findingHeaders(ctx.lang), rows: findingRows(results, ctx) },
    { name: names.reports, header: [...head, w.errors, w.warnings, w.infos, w.fatals], rows: worstFirst(results).map(reportRow) },
    { name: names.rules, header: [w.rule, w.level, w.count, w.files], rows: rules },
  ]);
};
