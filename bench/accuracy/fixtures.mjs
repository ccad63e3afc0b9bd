// What each accuracy fixture (shared/fixtures/accuracy, README there) must give, as a change against the fixture it
// was made from: `add` lists the findings the one edit must bring (rule id and level, each once unless `count`), and
// nothing else may appear or go. The base is found by the harness (the control with the fewest differing lines), or
// named here. Levels: e error, w warning, i info. `model` checks values in the extracted report model.
export const FIXTURES = {
  'm00-base-one-line.txt': { base: 'm00-base.txt', add: [], note: 'control: one line, same findings as the flat run' },
  'm01-ambiguous.txt': { add: [], note: 'B: column identities settle the split' },
  'm02-variant-h5.txt': { add: [{ rule: 'structure/heading-text', level: 'w' }], note: 'C: variant heading 五' },
  'm02b-variant-h4.txt': { add: [{ rule: 'structure/heading-text', level: 'w' }], note: 'C: 与 for 、 in heading 四' },
  'm03-prose-after-t2.txt': { add: [], note: 'C: prose after 表二 kept, 表二 read' },
  // Read, the zeroed 表二 contradicts the text the edit left ("现行有效规范性文件12件"): a true finding.
  'm04-small-t2.txt': { add: [{ rule: 'template/table2-shape', level: '*' }, { rule: 'table2/text-consistency', level: 'e' }], ignore: ['table2/blank-cells'], note: 'C: small all-zero 表二 with a row missing' },
  'm07-forced-split-defect.txt': { base: 'm07b-forced-split-ok.txt', add: [{ rule: 'table4/block-total', level: 'e' }], note: 'H: forced split, real defect' },
  'm07b-forced-split-ok.txt': { base: 'm00-base.txt', add: [], note: 'H: control' },
  'm13-combined-phrase.txt': { add: [], note: 'E: 予以公开及部分公开 N 件 = A+B' },
  'm15-spaced-t4-header.txt': { add: [], note: 'I: spaces inside the 表四 header' },
  'n05-label-typo3.txt': { add: [{ rule: 'table3/labels', level: 'w' }], note: 'G: three characters missing' },
  'n05b-label-typo1.txt': { add: [{ rule: 'table3/labels', level: 'w' }], note: 'G: control, one missing' },
  'n06-single-six-row.txt': { add: [{ rule: 'template/version-2019', level: '*' }], note: 'F: legacy row in a 2021 report' },
  // The n06b/n06c edit adds "收到政府信息公开申请2件" to 总体情况, which covers 依申请公开: overall-aspects rightly goes.
  'n06b-single-six-row-textdiff.txt': { add: [{ rule: 'template/version-2019', level: '*' }, { rule: 'text/t3-figures', level: 'e' }], ignore: ['content/overall-aspects'], note: 'F: 2021 rules still run' },
  'n06c-21shape-textdiff.txt': { add: [{ rule: 'text/t3-figures', level: 'e' }], ignore: ['content/overall-aspects'], note: 'F: control' },
  'n11-fee-variant.txt': { add: [], note: 'J: 没有产生信息公开处理费' },
  'n12-title-two-lines.txt': { add: [], model: { 'meta.year': 2024, 'meta.body': '*' }, note: 'M: title on two lines' },
  'n14-enum-across-lines.txt': { add: [], note: 'L: a list across paragraphs' },
  'n16-null-qualifier.txt': { add: [], note: 'E: 未发生…被行政复议纠错' },
  'n17-subcount-dafu.txt': { add: [], note: 'E: 公开答复N件 is a category count' },
  'n19-header-row-t3.txt': { add: [], note: 'A: invented header row' },
  'n20-t4-per-block.txt': { add: [], note: 'A: 表四 as three tables' },
  'n21-breakdown-hedge-in-name.txt': { add: [{ rule: 'text/breakdown-sum', level: 'e' }], note: 'K: 等 inside a name' },
  'n21b-breakdown-control.txt': { add: [{ rule: 'text/breakdown-sum', level: 'e' }], note: 'K: control' },
  'n21c-breakdown-no-qizhong.txt': { add: [{ rule: 'text/breakdown-sum', level: 'e' }], note: 'K: no 其中' },
  'n21d-breakdown-trailing-deng.txt': { add: [{ rule: 'text/breakdown-sum', level: 'e' }], note: 'K: trailing 等, sum above the total' },
  // The added line names 依申请公开 in the overview, so the base's overall-aspects warning rightly goes.
  'n21e-breakdown-semicolon.txt': { add: [], ignore: ['content/overall-aspects'], note: 'K: unit-less item, list past ；' },
  'n22-markup-residue.txt': { add: [{ rule: 'noise/web-residue', level: '*', count: '+' }], note: 'L: Word/HTML residue' },
  'n23-declared-count.txt': { add: [{ rule: 'wording/enumeration', level: '*' }], note: 'L: declared count vs items' },
  'n24-stale-year.txt': { add: [{ rule: 'wording/year-consistency', level: '*' }], note: 'L: stale year' },
  'n27-single-six-breaks-I2.txt': { add: [{ rule: 'table3/results-total', level: 'e', count: '+' }, { rule: 'template/version-2019', level: '*', optional: true }], note: 'D: I2 in its 2019 form' },
  'n28-overview-synonym.txt': { add: [], note: 'E: overview synonym' },
  'p00-seed004-md.md': { base: 'n00-seed004.txt', add: [], note: 'control: Markdown' },
  'p01-seed004-md-wrapped.md': { base: 'p00-seed004-md.md', add: [], note: 'M: hard-wrapped Markdown' },
  'q01-pre2019-synthetic.txt': { absolute: true, template: 'pre-2019', maxErrors: 0, maxWarnings: 2, note: 'O: one info, template-independent rules only' },
  'q02-one-line-no-tables.txt': { absolute: true, notTemplate: 'not-a-report', add: [{ rule: 'structure/tables-present', level: 'e' }], note: 'C: a report without tables' },
};
