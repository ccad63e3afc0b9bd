// Public API of @govlint/core: re-exports only. Each area appends its own lines: runtime.ts what a lint run
// needs, here what only tools need (every formatter at once, the rule tester, the doc generator, check-pack).
export * from './runtime.js';
export { binaryFormatters, formatters, streamingFormatters, RESULTS_SCHEMA_VERSION, toJsonOutput } from './report/formatters/index.js';
export type { JsonOutput } from './report/formatters/index.js';
export { RuleTester, runPackExamples, formatFailure, type ExampleResult, type RuleTesterOptions, type TestCases } from './testing/rule-tester.js';
export { generateRuleDocs, ruleDocPages, staleRuleDocs, type StaleDoc } from './docs/generate.js';
export { checkPack, type PackCheck, type PackProblem } from './testing/check-pack.js';
