// The validators of pack.yaml, rule files and config files, made once per process. Compiling them with ajv
// costs ~0.6 s, most of what linting one file from a new process used to cost, so the build writes them out as
// plain JS (precompile.ts → dist/engine/validators.precompiled.cjs). That file is used only when its
// fingerprint matches the schemas of this core: core run from its sources, or a stale build, compiles them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { RULE_TYPES } from './rule-types/index.js';
import { buildRuleSchema, RULE_SCHEMA_ID } from './rule-schema.js';
import { AJV_OPTIONS, ajv, type Validator } from './validate.js';
import type { SnapshotChecks } from './yaml-snapshot.js';
import type { SourceFile } from './yaml-source.js';

/** packages/core/schemas/, from src/engine or dist/engine alike. */
const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const PRECOMPILED = new URL('./validators.precompiled.cjs', import.meta.url);
const RULE_HEAD_ID = 'https://govlint.dev/schemas/rule-head.json';

function schemaFile(name: string): object {
  return JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), 'utf8')) as object;
}

/** Every schema core validates with, and each validator as export name → schema reference. */
export interface ValidatorSources {
  schemas: object[];
  refs: Record<string, string>;
  /** Changes whenever a schema or the ajv options change. */
  fingerprint: string;
}

const typeExport = (type: string) => `type_${type.replace(/[^A-Za-z0-9]/g, '_')}`;

export function validatorSources(): ValidatorSources {
  const ruleSchema = buildRuleSchema(RULE_TYPES);
  const pack = schemaFile('pack.schema.json') as { $id: string };
  const config = schemaFile('config.schema.json') as { $id: string };
  // The `type` field first, so that an unknown type is one clear error rather than one per type.
  const ruleHead = { $id: RULE_HEAD_ID, type: 'object', required: ['id', 'type'], properties: ruleSchema.properties };
  const refs: Record<string, string> = { pack: pack.$id, config: config.$id, ruleHead: RULE_HEAD_ID };
  for (const t of RULE_TYPES) refs[typeExport(t.type)] = `${RULE_SCHEMA_ID}#/$defs/type-${t.type}`;
  const schemas = [ruleSchema, pack, config, ruleHead];
  const fingerprint = createHash('sha256').update(JSON.stringify({ schemas, refs, AJV_OPTIONS })).digest('hex');
  return { schemas, refs, fingerprint };
}

type Validators = Record<string, Validator>;
let cache: Validators | undefined;
let sourcesCache: ValidatorSources | undefined;

/** validatorSources() once per process (a schema file edited while a process runs is not seen, as before). */
function currentSources(): ValidatorSources {
  sourcesCache ??= validatorSources();
  return sourcesCache;
}

function loadPrecompiled(fingerprint: string): Validators | undefined {
  const file = fileURLToPath(PRECOMPILED);
  if (!existsSync(file)) return undefined;
  const mod = createRequire(import.meta.url)(file) as Validators & { fingerprint?: string };
  return mod.fingerprint === fingerprint ? mod : undefined;
}

function compileAll({ schemas, refs }: ValidatorSources): Validators {
  // Some may be there already (compileSchema, or a test that compiled them itself): adding one twice throws.
  for (const s of schemas) if (!ajv().getSchema((s as { $id: string }).$id)) ajv().addSchema(s);
  return Object.fromEntries(Object.entries(refs).map(([name, ref]) => [name, ajv().getSchema(ref)! as Validator]));
}

function validators(): Validators {
  if (!cache) {
    const sources = currentSources();
    cache = loadPrecompiled(sources.fingerprint) ?? compileAll(sources);
  }
  return cache;
}

/** Whether this process uses the build's precompiled validators (tests, benchmarks). */
export function validatorsPrecompiled(): boolean {
  return loadPrecompiled(validatorSources().fingerprint) !== undefined;
}

export const packValidator = (): Validator => validators().pack;
export const configValidator = (): Validator => validators().config;
export const ruleHeadValidator = (): Validator => validators().ruleHead;

/** Full validator of a rule of type `type` (common fields + the type's own). */
export function ruleValidator(type: string): Validator {
  const v = validators()[typeExport(type)];
  if (!v) throw new Error(`no schema for rule type ${type}`);
  return v;
}

/** A role of the YAML snapshot (yaml-snapshot.ts): what the file was checked as at build time. */
export type BuildCheck = 'pack' | 'rule';

/** Whether a rule's data passes the rule-head check and its type's full check, as loadRule checks it. */
function validRule(data: unknown): boolean {
  if (!ruleHeadValidator()(data)) return false;
  const type = (data as { type?: unknown }).type;
  const v = typeof type === 'string' ? validators()[typeExport(type)] : undefined;
  return v !== undefined && v(data);
}

/** The checks the build runs on each file of the YAML snapshot, with the validators of this core. */
export function snapshotChecks(): SnapshotChecks {
  const roles: Record<BuildCheck, (data: unknown) => boolean> = { pack: (data) => packValidator()(data), rule: validRule };
  return { fingerprint: currentSources().fingerprint, roles };
}

/**
 * Whether `source` is a file of a bundled pack, unchanged since the build, whose data passed check `role` with
 * validators identical to this core's: then checking it again would only cost time (the validators are loaded
 * on first use, and a run whose packs all come from the snapshot never loads them).
 */
export function checkedAtBuild(source: SourceFile, role: BuildCheck): boolean {
  const built = source.built;
  return built !== undefined && built.valid.includes(role) && built.validators === currentSources().fingerprint;
}

export function ruleSchemaDocument(): Record<string, unknown> {
  return buildRuleSchema(RULE_TYPES);
}
