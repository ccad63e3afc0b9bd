// What a lint run needs of @govlint/core (the CLI's lint path imports `@govlint/core/runtime`): index.ts without
// every formatter (loadFormat imports the one asked for), the rule tester and the doc generator, which cost ~20
// modules at every start. index.ts re-exports all of it: the public API is index.ts. Re-exports only.
export type * from './read/document.js';
export type * from './model/types.js';
export type * from './report/diagnostic.js';
export { addTotals, emptyTotals, totals, type BodyTally, type RuleTally, type Totals } from './report/formatters/shared.js';
export type { BinaryFormatter, Formatter, FormatterContext, RuleMeta, StreamingFormatter } from './report/formatters/types.js';
export { loadFormat, type LoadedFormat } from './report/formatters/load.js';
export { addTiming, emptyTiming, formatTiming, type TimingTotals } from './report/timing.js';
export { displayWidth, padDisplay, truncateDisplay, stripAnsi } from './util/width.js';
export { createColors, shouldColor, type Colors } from './util/ansi.js';
export { expandTargets, REPORT_EXTENSIONS, type ExpandedTargets } from './util/targets.js';
export { encodeText } from './util/encode.js';
export { decode, dominantEol, type Decoded } from './decode/index.js';
export { readers, registerReader, formatOf, sniffFormat, readDocument, BINARY_FORMATS, type ReadOptions } from './read/index.js';
export type { Reader, ReaderContext } from './read/types.js';
// The readers load their libraries on first call (read/lazy.ts); each returns a Promise<Document>.
export { readMarkdownLazy as readMarkdown, readTextLazy as readText, readHtmlLazy as readHtml, readDocxLazy as readDocx, readPdfLazy as readPdf } from './read/lazy.js';
export { buildModel, type BuildOptions } from './model/index.js';
export { extract, type ExtractOptions } from './extract.js';
export { SECTIONS, TABLE2_2021, TABLE3_2021, TABLE4, APPLICANT_COLUMNS, APPEAL_BLOCKS, APPEAL_COLUMNS, cellKeys } from './model/template.js';
export { TABLE2_2019, TABLE3_2019, SIGNATURES_2019 } from './model/template2019.js';
export { matchHeading, type HeadingMatch } from './model/headings.js';
export { lineIndex, pointAt, pointFromLineColumn, spanAt, lineText, lineContentEnd, lineCount, type LineIndex } from './util/position.js';
export { normalizeLabel, normalizeWithMap, isBlank, trimRange } from './util/text.js';
export { editDistance } from './util/edit-distance.js';
export { isValueLike, isNumeric, parseCellNumber } from './util/number.js';
export { lintFile, lintText, resolveConfigFor, listRules, applyFixes, ConfigError, DEFAULT_MAX_FILE_SIZE, fileSizeLimit, type LintOptions, type RuleInfo } from './lint.js';
export type { Settings, ResolvedConfig, ConfigFile, RuleSetting } from './config/types.js';
export { isIgnored, type IgnoreOptions } from './config/ignore.js';
export { levelOf, LEVELS } from './config/levels.js';
export { didYouMean } from './engine/validate.js';
export { NotReadable, notReadableText, readRegularFile } from './util/read-file.js';
export { CONFIG_NAMES } from './config/discover.js';
export { clearCaches } from './util/disk-caches.js';
export { loadPack, resolvePackDir, type LoadedPack, type PackManifest } from './engine/pack-loader.js';
export type { Finding, RawRule, LoadedRule, RuleType, Example, ExpectedError } from './engine/types.js';
export { ruleSchemaDocument } from './engine/schemas.js';
export { proseText, type ProseText } from './read/prose.js';
export { lintFingerprint, packHash } from './cache-key.js';
export { pairPreviousYears, sniffBodyYear, parseBodyYear, type BodyYear } from './batch/pair-years.js';

export { BASELINE_SCHEMA, BASELINE_VERSION, baselineEntries, baselinePath, createBaseline, findingFingerprint, parseBaseline, suppressFindings, type Baseline, type BaselineEntry, type Suppressed } from './report/baseline.js';
