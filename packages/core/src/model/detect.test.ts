// The template decision: the year and the vote of the table labels, pre-2019 reports, and no report at all.
import { describe, expect, it } from 'vitest';
import { callsItAReport, detectTemplate, type TableEvidence } from './detect.js';

const AT = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const sig = (value: string) => ({ value, text: value, span: AT });

function evidence(signatures: string[], labels2021: number): TableEvidence {
  return { labels: 30, numbers: 200, signatures2019: signatures.map(sig), labels2021, otherHandlingRow: false };
}

const clues = (year: number | null) => ({ headings: 6, year, titleSaysReport: true, chars: 5000 });

describe('callsItAReport', () => {
  it('a title, or the start of a one-line dump, naming a year’s 信息公开年度报告', () => {
    expect(callsItAReport('某某县人民政府2017年政府信息公开工作年度报告', '')).toBe(true);
    expect(callsItAReport(null, '某某县人民政府2012年政务公开年度报告 本报告根据……')).toBe(true);
    expect(callsItAReport(null, '根据《中华人民共和国政府信息公开工作年度报告格式》要求……')).toBe(false);
    expect(callsItAReport(null, `${'某'.repeat(400)}2012年政府信息公开工作年度报告`)).toBe(false);
  });
});

describe('detectTemplate', () => {
  it('one legacy row among 2021 labels leaves a 2021 report on the 2021 template', () => {
    expect(detectTemplate(evidence(['（六）其他处理'], 6), clues(2024))).toEqual({ template: 'gov-2021', reason: '1 2019 signatures vs 6 2021 labels' });
  });

  it('a report written on the 2019 tables is gov-2019, whatever its year (version-2019 says it is outdated)', () => {
    const old = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '政府集中采购'];
    expect(detectTemplate(evidence(old, 0), clues(2019)).template).toBe('gov-2019');
    expect(detectTemplate(evidence(old, 1), clues(2022)).template).toBe('gov-2019');
  });

  it('signatures count once each; a tie goes to the template of the year', () => {
    expect(detectTemplate(evidence(['本年增/减', '本年增/减', '本年增/减'], 1), clues(2020)).template).toBe('gov-2019');
    expect(detectTemplate(evidence(['本年增/减', '本年增/减', '本年增/减'], 1), clues(2021)).template).toBe('gov-2021');
    expect(detectTemplate(evidence(['本年增/减'], 1), clues(null)).template).toBe('gov-2019');
  });

  it('with no label of either template’s own, the year decides: 2019 and 2020 were the trial template’s', () => {
    expect(detectTemplate(evidence([], 0), clues(2020))).toEqual({ template: 'gov-2019', reason: "year 2020, no label of either template's own" });
    expect(detectTemplate(evidence([], 0), clues(2021)).template).toBe('gov-2021');
    expect(detectTemplate(evidence([], 2), clues(2020)).template).toBe('gov-2021');
  });

  it('before 2019: pre-2019 with its reason when the title says 年度报告 or there are headings, never "not a report"', () => {
    const none: TableEvidence = { labels: 0, numbers: 0, signatures2019: [], labels2021: 0, otherHandlingRow: false };
    expect(detectTemplate(none, { headings: 0, year: 2012, titleSaysReport: true, chars: 5000 })).toEqual({ template: 'pre-2019', reason: 'year 2012 < 2019' });
    expect(detectTemplate(none, { headings: 2, year: 2012, titleSaysReport: false, chars: 5000 }).template).toBe('pre-2019');
    expect(detectTemplate(none, { headings: 0, year: 2012, titleSaysReport: false, chars: 5000 }).template).toBe('not-a-report');
    expect(detectTemplate(none, { headings: 0, year: 2024, titleSaysReport: false, chars: 5000 }).template).toBe('not-a-report');
    // Titled as a report, nothing read: a report whose parts are all missing, not "not a report".
    expect(detectTemplate(none, { headings: 0, year: 2024, titleSaysReport: true, chars: 5000 }).template).toBe('unknown');
    // A page with the title and a download link is not the report.
    expect(detectTemplate(none, { headings: 0, year: 2024, titleSaysReport: true, chars: 120 }).template).toBe('not-a-report');
  });
});
