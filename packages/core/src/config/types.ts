// Config as written (`.govlintrc.yaml`) and as resolved for one file.
import type { BodyType } from '../model/types.js';
import type { Lang, Level } from '../report/diagnostic.js';
import type { Distrust } from './trust.js';

/** A config discovery found and did not use, and why. */
export interface SkippedConfig {
  file: string;
  why: Distrust;
}

/** Facts about the report that the text cannot tell reliably; they override the model's inference. */
export interface Settings {
  /** The year reported on (overrides `meta.year`). */
  reportYear?: number;
  /** Overrides `meta.bodyType`. */
  bodyType?: BodyType;
  /** "山东" or "山东/淄博": region gates match by prefix. */
  region?: string;
  /** Local publication deadlines, e.g. `{ government: "03-31", department: "01-31" }`. */
  deadlines?: Record<string, string>;
  /** Last year's report (a path, relative to the config file): enables `previous.` keys. */
  previous?: string;
  [key: string]: unknown;
}

/** As written in a config: a level (or ESLint's warn, 0, 1, 2) alone or with options. */
export type WrittenLevel = Level | 'warn' | 0 | 1 | 2;
export type RuleSetting = WrittenLevel | [WrittenLevel] | [WrittenLevel, Record<string, unknown>];

export interface ConfigOverride {
  files: string[];
  excludedFiles?: string[];
  rules?: Record<string, RuleSetting>;
  settings?: Settings;
}

/** A config file after schema validation. */
export interface ConfigFile {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Settings;
  overrides?: ConfigOverride[];
  ignorePatterns?: string[];
  lang?: Lang;
}

/** Where a rule setting came from, so an unknown rule id can be reported at its line. */
export interface RuleSettingSource {
  file: string;
  line?: number;
  column?: number;
}

export interface ResolvedRuleSetting {
  level?: Level;
  options?: Record<string, unknown>;
  source?: RuleSettingSource;
}

/** Everything needed to lint one file; plain data (printed by `--print-config`). */
export interface ResolvedConfig {
  /** Config files applied, outermost first. */
  configFiles: string[];
  /** Config files discovery found and did not use (others could have written them), when there are any. */
  skippedConfigs?: SkippedConfig[];
  /** Pack directories requested (each with its `extends` chain), in order. */
  packs: string[];
  rules: Record<string, ResolvedRuleSetting>;
  settings: Settings;
  lang: Lang;
}
