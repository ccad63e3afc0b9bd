// The real defects of shared/corpus/real (truth.json `defects`, MANIFEST.tsv `notes`), each with the rules that cover
// it. A defect is found when one of its rules reports on the file (any level); an error-level finding is explained
// when its rule belongs to one of the file's defects. `rules: []`: no rule covers it (listed, never counted as
// missed). `low`: the listing itself calls it low severity or low confidence; found or not, it is reported apart.
// Judgement calls are written beside the defect.
const BRACKET = 'wording/brackets';
export const REAL_DEFECTS = {
  '101-pingtan-jinjing-pianqu-2019.txt': [
    { text: 'cites 国办函〔2020〕109号 in a report dated 2020-01-06 (issued Nov 2020)', rules: [] },
    // The intro explains it (the body was set up in the 2019 reorganisation): worth a note, not an error.
    { text: 'partial-year period 2019年9月1日—12月31日', rules: ['wording/stat-period'], low: true },
  ],
  '102-pingtan-jiaotong-jiansheju-2020.txt': [
    { text: 'no 统计期限 sentence', rules: ['wording/stat-period'] },
  ],
  '103-pingtan-zonghe-zhifa-yingjiju-2019.txt': [
    { text: 'no 统计期限 sentence', rules: ['wording/stat-period'] },
  ],
  '104-pingtan-jinjing-pianqu-2022.txt': [
    { text: 'heading 五 "存在的主要问题及改进措施"', rules: ['structure/heading-text'], low: true },
    { text: 'typo 不正 for 补正 in 总体情况', rules: [] },
  ],
  '105-pingtan-guanweihui-bangongshi-2020.txt': [
    // Two figures of different scopes (公文类 in all vs the 最新文件 column); no rule compares them.
    { text: 'text 公文类 31 条 vs 最新文件 36 条', rules: [], low: true },
    { text: 'intro names part 四 "因政府信息公开申请行政复议、提起行政诉讼的情况"', rules: ['structure/declared-parts'], low: true },
  ],
  '106-pingtan-xingzheng-shenpiju-2021.txt': [
    { text: 'body name typo 平潭综合区行政审批局', rules: ['wording/body-name'] },
    { text: 'unbalanced （ in the fee sentence', rules: [BRACKET] },
  ],
  '107-pingtan-zonghe-zhifa-yingjiju-2023.txt': [
    { text: 'no 统计期限 sentence', rules: ['wording/stat-period'] },
  ],
  '108-pingtan-guanweihui-bangongshi-2024.txt': [],
  '109-pingtan-jiaotong-jiansheju-2024.txt': [
    { text: 'unbalanced （ in the fee sentence', rules: [BRACKET] },
  ],
  '110-pingtan-guanweihui-bangongshi-2022.txt': [
    { text: 'text 现行有效 424 vs 表二 89', rules: ['table2/text-consistency'] },
    { text: '表四 1 direct lawsuit never mentioned', rules: ['table4/text-silent'], low: true },
  ],
  '111-pingtan-touzi-cujinju-2025.txt': [
    { text: '依申请公开信息数14条 vs 未收到过信息公开申请', rules: ['text/no-applications', 'text/t3-figures'] },
    { text: 'cites the superseded 国办公开办函〔2019〕60号 with the 2021 tables', rules: ['wording/format-citation'] },
    { text: 'published 2026-04-17, after the 1月31日 deadline', rules: ['deadline/statutory'] },
    { text: '（二) bracket mix', rules: [BRACKET] },
    { text: 'typo 需一步', rules: [] },
  ],
  '112-pingtan-guoyou-zichan-guanliju-2019.txt': [
    { text: 'phone number with a 7-digit local number', rules: [] },
    { text: 'partial-year period 2019年9月1日—12月31日', rules: ['wording/stat-period'], low: true },
    // 表二 规章 "1411" is an ambiguous run-together row (truth gives no split): no finding may rest on it.
  ],
  '113-shuyang-xian-fagaiju-2023.html': [
    { text: '表三 法人或其他组织 columns empty, not 0', rules: ['table3/blank-cells'] },
    { text: '表四 1 pending review never mentioned', rules: ['table4/text-silent'], low: true },
    { text: '2023年 in the improvement plan of the 2023 report', rules: ['wording/year-consistency'], low: true },
    // The page's 标题 row (and nothing else in the file) names it "…政府信息公开年度报告", without 工作, as 120 does.
    { text: 'title 政府信息公开年度报告 (no 工作)', rules: ['wording/title-form'], low: true },
  ],
  '114-pingtan-xingzheng-shenpiju-2025.txt': [
    { text: '表二 omits the 规章 row', rules: ['template/table2-shape'] },
    { text: 'body name typo 平潭综合区行政审批局', rules: ['wording/body-name'] },
  ],
  '115-pingtan-guanweihui-bangongshi-2019.txt': [],
  '116-pingtan-jinjing-pianqu-2025.txt': [
    { text: '表二 omits the 规章 row', rules: ['template/table2-shape'] },
    // MANIFEST notes it ("there is no 其他需要报告的事项 part"); judged a defect: the template has six parts, and
    // the fee table put in a part 五 of its own does not replace part 六.
    { text: 'no 其他需要报告的事项 part (its fee table stands as a part 五 of its own)', rules: ['structure/six-sections'] },
    { text: 'intro names part 四 "…行政复议与行政诉讼情况"', rules: ['structure/declared-parts'], low: true },
  ],
  '117-pingtan-jiaotong-jiansheju-2022.txt': [
    { text: 'unbalanced （ in the fee sentence', rules: [BRACKET] },
  ],
  '118-pingtan-touzi-cujinju-2024.txt': [
    { text: 'signed by 平潭综合实验区国有资产管理局', rules: ['wording/body-name'] },
    { text: '依申请公开信息数1条 vs 未收到过信息公开申请', rules: ['text/no-applications', 'text/t3-figures'] },
    { text: 'cites the superseded 国办公开办函〔2019〕60号 with the 2021 tables', rules: ['wording/format-citation'] },
    { text: '（二) bracket mix', rules: [BRACKET] },
    { text: 'typo 需一步', rules: [] },
  ],
  '119-pingtan-haitan-pianqu-2024.txt': [
    { text: '表三 总计 column 0 in every row', rules: ['table3/row-total'] },
    { text: '表三 自然人 results 6 ≠ (七)总计 5', rules: ['table3/results-total', 'table3/balance'] },
    { text: 'text 受理…6件 vs 新收 总计 0', rules: ['text/t3-figures'] },
    { text: '表二 label typo 先行有效件数', rules: ['table2/labels'] },
    { text: '表二 omits the 规章 row', rules: ['template/table2-shape'] },
    { text: 'unbalanced （ in the fee sentence', rules: [BRACKET] },
  ],
  '120-pingtan-suping-pianqu-2021.txt': [
    { text: 'categories 1+3+9+24+97 = 134 ≠ 135', rules: ['text/breakdown-sum'] },
    { text: 'unbalanced （ in the fee sentence', rules: [BRACKET] },
    { text: 'title 政府信息公开年度报告 (no 工作)', rules: ['wording/title-form'], low: true },
  ],
  '121-pingtan-guoyou-zichan-guanliju-2022.txt': [
    { text: 'cites the superseded 国办公开办函〔2019〕60号 with the 2021 tables', rules: ['wording/format-citation'] },
  ],
};

/** MANIFEST.tsv's template column → the template class the model must give. */
export function manifestTemplate(column) {
  if (/^2019/.test(column)) return 'gov-2019';
  if (/^2021/.test(column)) return 'gov-2021';
  if (/pre-?2019|2008/.test(column)) return 'pre-2019';
  return column;
}
