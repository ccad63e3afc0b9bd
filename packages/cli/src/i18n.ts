// Every sentence the CLI says itself (diagnostics come localised from core). zh-CN by default, English with
// --lang en.
import type { Lang } from '@govlint/core/runtime';

const MESSAGES = {
  unknownOption: { zh: '未知选项：{0}{1}（用 govlint --help 查看所有选项）', en: 'Unknown option: {0}{1} (see govlint --help)' },
  badColumns: { zh: '--columns 只能是 char（字符，默认）或 byte（字节，供 Vim 使用），得到“{0}”', en: '--columns takes char (the default) or byte (for Vim), got "{0}"' },
  lspFlagIgnored: { zh: '未知选项 {0}，已忽略', en: 'unknown option {0}, ignored' },
  didYouMean: { zh: '，是否应为 {0}？', en: '; did you mean {0}?' },
  missingValue: { zh: '选项 {0} 需要一个值', en: 'Option {0} needs a value' },
  badLang: { zh: '--lang 只能是 zh 或 en，得到“{0}”', en: '--lang must be zh or en, got "{0}"' },
  badFormat: { zh: '未知的输出格式“{0}”；可用：{1}', en: 'Unknown format "{0}"; available: {1}' },
  binaryNeedsOutput: { zh: '-f {0} 输出的是文件，需要用 -o 指定写到哪里（如 -o 问题清单.{0}）', en: '-f {0} writes a file: name it with -o (e.g. -o findings.{0})' },
  badInteger: { zh: '{0} 需要一个非负整数，得到“{1}”', en: '{0} needs a non-negative integer, got "{1}"' },
  badYear: { zh: '--report-year 需要一个年份（如 2024），得到“{0}”', en: '--report-year needs a year (e.g. 2024), got "{0}"' },
  badBodyType: { zh: '--body-type 只能是 {1}，得到“{0}”', en: '--body-type must be one of {1}, got "{0}"' },
  badConcurrency: { zh: '--concurrency 只能是 auto、off 或线程数，得到“{0}”', en: '--concurrency takes auto, off or a number of threads, got "{0}"' },
  badRule: {
    zh: '--rule 的格式是 规则ID:级别（级别为 error、warning、info 或 off，也可写 warn 或 0/1/2），得到“{0}”',
    en: '--rule takes rule-id:level (level is error, warning, info or off, or warn or 0/1/2), got "{0}"',
  },
  noFiles: { zh: '没有指定要检查的文件（用 govlint --help 查看用法）', en: 'No files to lint (see govlint --help)' },
  noMatch: { zh: '没有找到匹配“{0}”的报告文件', en: 'No report files match "{0}"' },
  allIgnored: { zh: '所有文件都被忽略规则排除了', en: 'All files are ignored' },
  ignoredExplicit: { zh: '{0}：该文件被 .govlintignore 或配置的 ignorePatterns 忽略，已跳过', en: '{0}: file ignored by .govlintignore or ignorePatterns, skipped' },
  stdinWithFiles: { zh: '--stdin 与文件参数不能同时使用', en: '--stdin cannot be combined with file arguments' },
  fixWithStdin: { zh: '--fix 不能用于 --stdin（改用 --fix-dry-run，修复后的文本见 -f json 的 output）', en: '--fix cannot be used with --stdin (use --fix-dry-run; -f json shows the fixed text as output)' },
  previousAndDir: { zh: '--previous 与 --previous-dir 只能选一个', en: 'Use either --previous or --previous-dir, not both' },
  previousDirNotDir: { zh: '--previous-dir：{0} 不是目录', en: '--previous-dir: {0} is not a folder' },
  previousDirPaired: { zh: '--previous-dir：{1} 份报告中有 {0} 份在 {2} 中找到同一机关上一年度的报告，已做跨年度检查', en: '--previous-dir: {0} of {1} report(s) paired with the same body\'s report of the year before in {2} and checked across years' },
  baselineUnreadable: { zh: '无法读取基线文件 {0}（{1}）', en: 'Cannot read the baseline {0} ({1})' },
  baselineWriteFailed: { zh: '无法写入基线文件 {0}（{1}）', en: 'Cannot write the baseline {0} ({1})' },
  baselineWritten: { zh: '已将 {0} 个文件的 {1} 处问题写入基线 {2}', en: 'Wrote {1} finding(s) of {0} file(s) to the baseline {2}' },
  baselineApplied: {
    zh: '基线 {0}：隐藏了 {1} 处已接受的问题；{2} 处基线中的问题已不再出现（已改正）',
    en: 'Baseline {0}: {1} accepted finding(s) not shown; {2} finding(s) of the baseline no longer occur (fixed)',
  },
  baselinePrune: { zh: '（用 --write-baseline 重写基线可删去已改正的条目）', en: ' (rewrite it with --write-baseline to drop them)' },
  fixBoth: { zh: '--fix 与 --fix-dry-run 只能选一个', en: 'Use either --fix or --fix-dry-run, not both' },
  configAndNoConfig: { zh: '-c/--config 与 --no-config 不能同时使用', en: '-c/--config cannot be combined with --no-config' },
  readFailed: { zh: '{0}：无法读取（{1}）', en: '{0}: cannot read ({1})' },
  lintFailed: { zh: '{0}：检查失败（{1}）', en: '{0}: linting failed ({1})' },
  fileTimeout: { zh: '{0}：检查超过 {1} 秒，已中止', en: '{0}: linting took longer than {1} s and was stopped' },
  fixNotText: { zh: '{0}：--fix 只修改 .md 和 .txt 文件，已跳过', en: '{0}: --fix only rewrites .md and .txt files, skipped' },
  fixChanged: { zh: '{0}：文件在检查后被修改，未写入修复', en: '{0}: the file changed after it was read; fixes not written' },
  fixNotRoundTrip: {
    zh: '{0}：文件含有无法原样写回的字节（如无效编码），为免改动修复之外的内容，未写入修复',
    en: '{0}: the file holds bytes that would not be written back as they are (e.g. invalid encoding); fixes not written',
  },
  fixApplied: { zh: '{0}：已修复 {1} 处', en: '{0}: {1} fix(es) applied' },
  fixWould: { zh: '{0}：可修复 {1} 处（--fix-dry-run，未写入）', en: '{0}: {1} fix(es) would be applied (--fix-dry-run, not written)' },
  nothingLinted: { zh: '没有任何文件能被检查', en: 'Nothing could be linted' },
  tooManyWarnings: { zh: '警告数 {0} 超过了 --max-warnings {1}', en: 'Found {0} warnings, more than --max-warnings {1}' },
  outputIsInput: { zh: '-o/--output-file {0} 就是被检查的文件 {1}，不会覆盖它', en: '-o/--output-file {0} is the input file {1}; not overwriting it' },
  fixReadOnly: { zh: '{0}：文件是只读的，未写入修复', en: '{0}: the file is read-only; fixes not written' },
  fixWriteFailed: { zh: '{0}：无法写入修复（{1}）', en: '{0}: cannot write the fixes ({1})' },
  outputWriteFailed: { zh: '无法写入输出文件 {0}（{1}）', en: 'Cannot write output file {0} ({1})' },
  formatterFailed: { zh: '输出格式“{0}”出错：{1}', en: 'Formatter "{0}" failed: {1}' },
  unexpected: { zh: '内部错误：{0}（设置 GOVLINT_DEBUG=1 查看详情）', en: 'Internal error: {0} (set GOVLINT_DEBUG=1 for details)' },
  extractNeedsFile: { zh: 'extract 需要一个文件：govlint extract 报告.txt', en: 'extract needs one file: govlint extract report.txt' },
  initExists: { zh: '{0} 已存在；如要覆盖请加 --force', en: '{0} already exists; use --force to overwrite' },
  initWritten: { zh: '已写入 {0}', en: 'Wrote {0}' },
  initAskBody: {
    zh: '报告机关类型？1 政府 2 乡镇 3 街道 4 部门 5 办公室/其他（默认 1）：',
    en: 'Kind of body? 1 government 2 township 3 subdistrict 4 department 5 office/other (default 1): ',
  },
  initAskRegion: { zh: '所在省份（如 山东，可留空）：', en: 'Province (e.g. 山东, may be empty): ' },
  docsWritten: { zh: '已为 {0} 生成 {1} 个规则文档页，位于 {2}', en: 'Generated {1} rule pages for {0} in {2}' },
  docsNoPack: { zh: '{0}：不是规则包目录（缺少 pack.yaml）', en: '{0}: not a pack folder (no pack.yaml)' },
  docsOneOut: { zh: '-o/--output-file 只能与一个规则包目录同用', en: '-o/--output-file works with one pack folder only' },
  initPackNeedsDir: { zh: 'init-pack 需要一个目录：govlint init-pack 规则包目录 [--namespace 命名空间]', en: 'init-pack needs one folder: govlint init-pack DIR [--namespace NS]' },
  initPackNoNamespace: {
    zh: '无法从目录名“{0}”得出命名空间，请用 --namespace 指定（小写字母、数字和 -，如 zibo）',
    en: 'Cannot derive a namespace from the folder name "{0}": give one with --namespace (lowercase letters, digits and -, e.g. zibo)',
  },
  initPackBadNamespace: { zh: '命名空间“{0}”无效：只能用小写字母、数字和 -，且以字母或数字开头', en: 'Invalid namespace "{0}": lowercase letters, digits and -, starting with a letter or digit' },
  initPackNotDir: { zh: '{0} 已存在且不是目录', en: '{0} exists and is not a folder' },
  initPackNotEmpty: { zh: '{0} 不是空目录；如要写入（覆盖同名文件）请加 --force', en: '{0} is not empty; use --force to write into it (files with the same names are overwritten)' },
  initPackWritten: { zh: '已在 {0} 创建规则包（{1} 个文件，示例规则 {2}）', en: 'Created a pack in {0} ({1} files, example rule {2})' },
  initPackNext: { zh: '下一步：govlint check-pack {0}', en: 'Next: govlint check-pack {0}' },
  checkPackOk: { zh: '✔ 规则包 {0}：{1} 条规则，{2} 个示例全部通过（{3} 个警告）', en: '✔ pack {0}: {1} rule(s), all {2} example(s) pass ({3} warning(s))' },
  checkPackFailed: { zh: '✖ 规则包 {0}：{1} 个错误，{2} 个警告（{3}）', en: '✖ pack {0}: {1} error(s), {2} warning(s) ({3})' },
  checkPackExamples: { zh: '{1} 个示例中 {0} 个未通过', en: '{0} of {1} example(s) fail' },
  checkPackNotRun: { zh: '规则包无法加载，示例未运行', en: 'the pack does not load: examples not run' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return MESSAGES[key][lang].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** An error the user caused (bad flag, bad config): one line, exit 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
