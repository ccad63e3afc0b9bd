// The national template (国办公开办函〔2021〕30号) as data: rulebook Appendix A mapped to the canonical keys of
// shared/spec/report-model.md. Labels are written with full-width punctuation as in the official attachment; every
// comparison goes through normalizeLabel, so half-width and spaced forms match too.
import type { SectionKey, TableKey } from './types.js';

export interface SectionSpec {
  key: SectionKey;
  numeral: string;
  /** Canonical heading including its numeral, e.g. "一、总体情况". */
  canonical: string;
  /** The heading text without the numeral. */
  title: string;
  /** Accepted variants (rulebook §3.1), without numeral. */
  variants: string[];
}

export const SECTIONS: readonly SectionSpec[] = [
  { key: 'overview', numeral: '一', canonical: '一、总体情况', title: '总体情况', variants: ['政府信息公开总体情况'] },
  { key: 'proactive', numeral: '二', canonical: '二、主动公开政府信息情况', title: '主动公开政府信息情况', variants: [] },
  { key: 'requests', numeral: '三', canonical: '三、收到和处理政府信息公开申请情况', title: '收到和处理政府信息公开申请情况', variants: [] },
  {
    key: 'appeals',
    numeral: '四',
    canonical: '四、政府信息公开行政复议、行政诉讼情况',
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: ['政府信息公开行政复议和行政诉讼情况', '因政府信息公开工作被申请行政复议和提起行政诉讼情况', '因政府信息公开被申请行政复议和提起行政诉讼情况'],
  },
  {
    key: 'problems',
    numeral: '五',
    canonical: '五、存在的主要问题及改进情况',
    title: '存在的主要问题及改进情况',
    variants: ['存在的主要问题和改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在问题及改进情况'],
  },
  { key: 'other', numeral: '六', canonical: '六、其他需要报告的事项', title: '其他需要报告的事项', variants: ['其他事项', '其他需要报告事项'] },
];

/** What a label stands for inside a table. */
export type LabelRole = 'caption' | 'column' | 'row' | 'group' | 'note';

export interface RowSpec {
  /** Row key below the table key, e.g. "denied.stateSecret". */
  key: string;
  label: string;
  /** Column keys of the values that follow the row label, in order. */
  columns: readonly string[];
}

export interface LabelSpec {
  label: string;
  role: Exclude<LabelRole, 'row'>;
  /** Only for column labels whose key is fixed (table 三 applicant columns). */
  key?: string;
}

export interface TableSpec {
  table: TableKey;
  rows: readonly RowSpec[];
  /** Captions, column headers, group labels and the note: labels that carry no values of their own. */
  labels: readonly LabelSpec[];
}

// ── Table 二 ────────────────────────────────────────────────────────────────────────────────────────────────
const T2_COUNTS = ['made', 'repealed', 'valid'] as const;

export const TABLE2_2021: TableSpec = {
  table: 'proactive',
  rows: [
    { key: 'regulations', label: '规章', columns: T2_COUNTS },
    { key: 'normativeDocuments', label: '行政规范性文件', columns: T2_COUNTS },
    { key: 'licensing', label: '行政许可', columns: ['decisions'] },
    { key: 'punishment', label: '行政处罚', columns: ['decisions'] },
    { key: 'coercion', label: '行政强制', columns: ['decisions'] },
    { key: 'fees', label: '行政事业性收费', columns: ['amount'] },
  ],
  labels: [
    { label: '第二十条第（一）项', role: 'caption' },
    { label: '第二十条第（五）项', role: 'caption' },
    { label: '第二十条第（六）项', role: 'caption' },
    { label: '第二十条第（八）项', role: 'caption' },
    { label: '信息内容', role: 'column' },
    { label: '本年制发件数', role: 'column', key: 'made' },
    { label: '本年废止件数', role: 'column', key: 'repealed' },
    { label: '现行有效件数', role: 'column', key: 'valid' },
    { label: '本年处理决定数量', role: 'column', key: 'decisions' },
    { label: '本年收费金额（单位：万元）', role: 'column', key: 'amount' },
  ],
};

// ── Table 三 ────────────────────────────────────────────────────────────────────────────────────────────────
export const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;

const t3 = (key: string, label: string): RowSpec => ({ key, label, columns: APPLICANT_COLUMNS });

export const TABLE3_ROWS_2021: readonly RowSpec[] = [
  t3('newReceived', '一、本年新收政府信息公开申请数量'),
  t3('carriedOver', '二、上年结转政府信息公开申请数量'),
  t3('granted', '（一）予以公开'),
  t3('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  t3('denied.stateSecret', '1.属于国家秘密'),
  t3('denied.lawForbidden', '2.其他法律行政法规禁止公开'),
  t3('denied.safetyStability', '3.危及“三安全一稳定”'),
  t3('denied.thirdPartyRights', '4.保护第三方合法权益'),
  t3('denied.internalAffairs', '5.属于三类内部事务信息'),
  t3('denied.processInfo', '6.属于四类过程性信息'),
  t3('denied.enforcementFile', '7.属于行政执法案卷'),
  t3('denied.adminQuery', '8.属于行政查询事项'),
  t3('unable.noInfo', '1.本机关不掌握相关政府信息'),
  t3('unable.needCreation', '2.没有现成信息需要另行制作'),
  t3('unable.unclear', '3.补正后申请内容仍不明确'),
  t3('notProcessed.complaint', '1.信访举报投诉类申请'),
  t3('notProcessed.repeated', '2.重复申请'),
  t3('notProcessed.publication', '3.要求提供公开出版物'),
  t3('notProcessed.massive', '4.无正当理由大量反复申请'),
  t3('notProcessed.confirm', '5.要求行政机关确认或重新出具已获取信息'),
  t3('otherHandling.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  t3('otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  t3('otherHandling.other', '3.其他'),
  t3('totalProcessed', '（七）总计'),
  t3('carriedForward', '四、结转下年度继续办理'),
];

export const TABLE3_LABELS: readonly LabelSpec[] = [
  { label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', role: 'note' },
  { label: '申请人情况', role: 'column' },
  { label: '自然人', role: 'column', key: 'naturalPerson' },
  { label: '法人或其他组织', role: 'column' },
  { label: '商业企业', role: 'column', key: 'commercial' },
  { label: '科研机构', role: 'column', key: 'research' },
  { label: '社会公益组织', role: 'column', key: 'social' },
  { label: '法律服务机构', role: 'column', key: 'legal' },
  { label: '其他', role: 'column', key: 'otherOrg' },
  { label: '总计', role: 'column', key: 'total' },
  { label: '三、本年度办理结果', role: 'group' },
  { label: '（三）不予公开', role: 'group' },
  { label: '（四）无法提供', role: 'group' },
  { label: '（五）不予处理', role: 'group' },
  { label: '（六）其他处理', role: 'group' },
];

export const TABLE3_2021: TableSpec = { table: 'requests', rows: TABLE3_ROWS_2021, labels: TABLE3_LABELS };

/** The group whose own numbers make the 2019 single row （六）其他处理 (see template2019.ts). */
export const OTHER_HANDLING_GROUP = '（六）其他处理';

// ── Table 四 ────────────────────────────────────────────────────────────────────────────────────────────────
export const APPEAL_BLOCKS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const APPEAL_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const APPEAL_COLUMN_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

/** Table 四 is one data row of 15 values after its header labels; its "row" is the whole table. */
export const TABLE4: TableSpec = {
  table: 'appeals',
  rows: [
    {
      key: '',
      label: '',
      columns: APPEAL_BLOCKS.flatMap((b) => APPEAL_COLUMNS.map((c) => `${b}.${c}`)),
    },
  ],
  labels: [
    { label: '行政复议', role: 'group' },
    { label: '行政诉讼', role: 'group' },
    { label: '未经复议直接起诉', role: 'group' },
    { label: '复议后起诉', role: 'group' },
    ...APPEAL_COLUMN_LABELS.map((label): LabelSpec => ({ label, role: 'column' })),
  ],
};

const KEYS = new WeakMap<TableSpec, readonly string[]>();

/** Every canonical cell key of a table spec, e.g. "requests.newReceived.total" (computed once per spec). */
export function cellKeys(spec: TableSpec): string[] {
  let keys = KEYS.get(spec);
  if (!keys) {
    keys = spec.rows.flatMap((r) => r.columns.map((c) => [spec.table, r.key, c].filter(Boolean).join('.')));
    KEYS.set(spec, keys);
  }
  return [...keys];
}
