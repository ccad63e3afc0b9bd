// The 2019 trial template (国办公开办函〔2019〕60号《…年度报告格式（试行）》), rulebook §4, as data.
//
// Key mapping (documented here because it extends report-model.md for this template only):
// - 表二 rows: 规章 → `regulations`, 规范性文件 → `normativeDocuments`, 行政许可 → `licensing`,
//   其他对外管理服务事项 → `otherServices`, 行政处罚 → `punishment`, 行政强制 → `coercion`,
//   行政事业性收费 → `fees`, 政府集中采购 → `procurement`.
// - 表二 columns: 本年新制作数量 → `made` (same meaning as 2021's 本年制发件数), 本年新公开数量 → `published`,
//   对外公开总数量 → `publicTotal`, 上一年项目数量 → `previousItems`, 本年增/减 → `change`,
//   处理决定数量 → `decisions` (same meaning as 2021), 采购项目数量 → `items`, 采购总金额 → `amount`.
//   A row's columns follow the header the report actually has (tables/table2.ts), so 2019 headers over 2021 rows
//   still give `decisions` / `amount` where the values are; 2021 keys a 2019 table cannot have are not "missing".
// - 表三: as 2021, except （六）其他处理 is ONE data row: its seven values go to `requests.otherHandling.<column>`
//   and the three 2021 sub-rows (`otherHandling.overdueCorrection|overdueFee|other`) are listed as missing.
// - 表四: identical to 2021.
import { TABLE3_LABELS, TABLE3_ROWS_2021, type LabelSpec, type RowSpec, type TableSpec } from './template.js';

const NEW = ['made', 'published', 'publicTotal'] as const;
const ITEMS = ['previousItems', 'change', 'decisions'] as const;

export const TABLE2_2019: TableSpec = {
  table: 'proactive',
  rows: [
    { key: 'regulations', label: '规章', columns: NEW },
    { key: 'normativeDocuments', label: '规范性文件', columns: NEW },
    { key: 'licensing', label: '行政许可', columns: ITEMS },
    { key: 'otherServices', label: '其他对外管理服务事项', columns: ITEMS },
    { key: 'punishment', label: '行政处罚', columns: ITEMS },
    { key: 'coercion', label: '行政强制', columns: ITEMS },
    { key: 'fees', label: '行政事业性收费', columns: ['previousItems', 'change'] },
    { key: 'procurement', label: '政府集中采购', columns: ['items', 'amount'] },
  ],
  labels: [
    { label: '第二十条第（一）项', role: 'caption' },
    { label: '第二十条第（五）项', role: 'caption' },
    { label: '第二十条第（六）项', role: 'caption' },
    { label: '第二十条第（八）项', role: 'caption' },
    { label: '第二十条第（九）项', role: 'caption' },
    { label: '信息内容', role: 'column' },
    { label: '本年新制作数量', role: 'column', key: 'made' },
    { label: '本年新公开数量', role: 'column', key: 'published' },
    { label: '对外公开总数量', role: 'column', key: 'publicTotal' },
    { label: '上一年项目数量', role: 'column', key: 'previousItems' },
    { label: '本年增/减', role: 'column', key: 'change' },
    { label: '处理决定数量', role: 'column', key: 'decisions' },
    { label: '采购项目数量', role: 'column', key: 'items' },
    { label: '采购总金额', role: 'column', key: 'amount' },
  ],
};

const OTHER_HANDLING_SUBROWS = new Set(['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other']);

/** 表三 of 2019: the 2021 rows without the three （六） sub-rows, plus （六）其他处理 as a data row. */
export const TABLE3_2019: TableSpec = {
  table: 'requests',
  rows: TABLE3_ROWS_2021.flatMap((r): RowSpec[] =>
    r.key === 'otherHandling.overdueCorrection'
      ? [{ key: 'otherHandling', label: '（六）其他处理', columns: r.columns }]
      : OTHER_HANDLING_SUBROWS.has(r.key)
        ? []
        : [r],
  ),
  labels: TABLE3_LABELS.filter((l: LabelSpec) => l.label !== '（六）其他处理'),
};

/** Labels whose presence alone marks the 2019 template (rulebook §4 "Detection signatures"). */
export const SIGNATURES_2019: readonly string[] = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '其他对外管理服务事项',
  '第二十条第（九）项',
  '政府集中采购',
  '采购项目数量',
  '采购总金额',
];
