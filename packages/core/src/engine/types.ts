// Plain data shared by the pack loader, the rule types and the runner.
import type { Span } from '../read/document.js';
import type { Edit, Level } from '../report/diagnostic.js';
import type { Localized } from '../config/errors.js';
import type { DataPath } from './yaml-source.js';
import type { DocContext } from './doc-context.js';

/** `{zh, en}`; `en` falls back to `zh` when a pack author leaves it out. */
export interface LocalizedText {
  zh: string;
  en?: string;
}

/** A gate (`when`, `levels[].when`), as written in the rule file. */
export interface Gate {
  template?: string[];
  year?: { gte?: number; lte?: number; eq?: number; gt?: number; lt?: number };
  bodyType?: string[];
  region?: string[];
  format?: string[];
  setting?: Record<string, unknown>;
  conditions?: Record<string, unknown>;
}

/** A rule file after schema validation: the common fields plus whatever its type adds. */
export interface RawRule {
  id: string;
  type: string;
  level: Level;
  levels?: { when: Gate; level: Level }[];
  description: LocalizedText;
  docs?: LocalizedText;
  sources?: string[];
  when?: Gate;
  message?: LocalizedText;
  messages?: Record<string, LocalizedText>;
  options?: Record<string, unknown>;
  optionsSchema?: Record<string, unknown>;
  fixable?: boolean;
  examples?: { valid?: Example[]; invalid?: Example[] };
  [field: string]: unknown;
}

/** One example of a rule file (rule-format.md § Examples). */
export interface Example {
  name?: string;
  fixture?: string;
  text?: string;
  format?: 'md' | 'txt' | 'html';
  set?: Record<string, string | number>;
  replace?: { from: string; to: string }[];
  settings?: Record<string, unknown>;
  options?: Record<string, unknown>;
  errors?: ExpectedError[];
  output?: string | null;
  /** Last year's report, for cross-year rules: a fixture (or text) with its own mutations. */
  previous?: Omit<Example, 'previous' | 'errors' | 'output' | 'settings' | 'options' | 'name'>;
}

export interface ExpectedError {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  key?: string;
  message?: string;
}

/** What a check returns: one place to report. Scripts return the same shape. */
export interface Finding {
  messageId?: string;
  data?: Record<string, string | number>;
  span: Span;
  key?: string;
  fix?: Edit;
  related?: { message: string; span: Span; key?: string }[];
  /** Overrides the rule's level for this finding (e.g. `unverifiable` at `info`). */
  level?: Level;
  /** Set by the runner when the check itself failed (script threw or timed out). */
  fatal?: true;
}

export type RuleOptions = Record<string, unknown>;

/** A compiled check: pure function of the document (and the rule's options). */
export type Check = (doc: DocContext, options: RuleOptions) => Finding[] | Promise<Finding[]>;

/** What a rule type module provides; core knows rules only through these. */
export interface RuleType {
  type: string;
  /** JSON Schema of the type-specific fields (merged with the common fields into rule.schema.json). */
  schema: { properties: Record<string, unknown>; required?: string[]; [keyword: string]: unknown };
  /** Fallback messages, used when the rule file gives none for a messageId. */
  messages: Record<string, LocalizedText>;
  /** Messages that a rule's single `message` does not replace (secondary findings such as `unverifiable`). */
  secondaryMessages?: string[];
  /** JSON Schema for options when the rule gives no `optionsSchema`. */
  optionsSchema?: Record<string, unknown>;
  /** Default options of the type, under the rule's own `options`. */
  defaultOptions?: RuleOptions;
  compile(rule: RawRule, ctx: CompileContext): Check;
  /** Extra json-rules-engine conditions the rule must satisfy (the `condition` type's own tree). */
  conditions?(rule: RawRule): Record<string, unknown>[];
  /**
   * What a rule needs loaded before its first document (a script's module), started by the runner's prepare:
   * else the first document waits for it inside the rule's check, and `--timing` counts the wait there.
   */
  preload?(rule: LoadedRule): Promise<unknown> | undefined;
}

/** Given to `compile`: everything load-time that a rule type may need, with positions for errors. */
export interface CompileContext {
  /** The rule file. */
  file: string;
  /** `compile` errors point here. */
  fail(texts: Localized, at: DataPath): never;
  /** Compile a pattern once, rejecting bad and backtracking-prone ones (with the position of `at`). */
  regex(source: string, at: DataPath, flags?: string): RegExp;
  /** Words of `vocab/<name>.txt` of the rule's pack. */
  vocab(name: string, at: DataPath): string[];
  /** Resolve a path relative to the rule file. */
  resolve(relative: string): string;
}

export interface LoadedRule {
  id: string;
  /** The pack that defines the rule. */
  pack: string;
  packDir: string;
  file: string;
  raw: RawRule;
  type: RuleType;
  check: Check;
  /** The gate the rule runs under: its `when`, with its pack's default templates (pack.yaml `templates`). */
  when?: Gate;
  /** After the `levels` overrides of the packs that extend this one. */
  level: Level;
  url?: string;
  /** Position of a field of the rule file (to point at a failing example). */
  locate?: (path: DataPath) => { line: number; column: number };
}
