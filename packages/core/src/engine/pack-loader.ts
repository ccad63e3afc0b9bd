// Loading a pack: pack.yaml + every rule file, validated and compiled once (regexes included). Packs are
// cached by folder for the life of the process: a run over thousands of files loads each pack once.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, type Localized } from '../config/errors.js';
import type { Lang, Level } from '../report/diagnostic.js';
import { compilePattern } from './regex.js';
import { ruleType } from './rule-types/index.js';
import { checkedAtBuild, packValidator, ruleHeadValidator, ruleValidator } from './schemas.js';
import type { CompileContext, Gate, LoadedRule, LocalizedText, RawRule } from './types.js';
import { assertValid } from './validate.js';
import { readSourceFile, type DataPath, type SourceFile } from './yaml-source.js';
import { diskCache } from '../util/disk-caches.js';

export interface PackManifest {
  name: string;
  version?: string;
  description?: LocalizedText;
  namespace?: string;
  extends?: string | string[];
  docsBase?: string;
  rules?: string;
  vocab?: string;
  levels?: Record<string, Level>;
  settings?: Record<string, unknown>;
  /** Regions the pack is written for ("山东"); `settings.region` adds a matching pack automatically. */
  regions?: string[];
  /**
   * The templates (meta.template) a rule of this pack applies to when its `when` names none: the national pack
   * says 2019 and 2021, so only the rules that say so run on a pre-2019 report. Inherited through `extends`.
   */
  templates?: string[];
}

export interface LoadedPack {
  name: string;
  version?: string;
  dir: string;
  /** pack.yaml */
  file: string;
  manifest: PackManifest;
  /** Rules defined by this pack (not those of the packs it extends). */
  rules: LoadedRule[];
  extends: LoadedPack[];
  /** `templates` of pack.yaml, or of the first pack it extends that has one. */
  templates?: string[];
  /** Locates a field of pack.yaml (for errors found later, e.g. a `levels` entry naming no rule). */
  locate: SourceFile['locate'];
}

const cache = diskCache<string, Promise<LoadedPack>>();

/** Load a pack by npm name or path (relative to `fromDir`). */
export async function loadPack(nameOrPath: string, fromDir: string, lang: Lang = 'zh'): Promise<LoadedPack> {
  const dir = resolvePackDir(nameOrPath, fromDir, lang);
  return loadPackDir(dir, lang, []);
}


function isPathLike(spec: string): boolean {
  return spec.startsWith('.') || isAbsolute(spec) || spec.includes('\\') || /^[A-Za-z]:/.test(spec);
}

const resolved = diskCache<string, string>();

/** The folder holding pack.yaml, for an npm name (resolved from `fromDir`, then from core) or a path. */
export function resolvePackDir(spec: string, fromDir: string, lang: Lang = 'zh'): string {
  // Every linted file asks again: remember the answers (failures are not remembered: the user may install).
  const key = `${fromDir}\0${spec}`;
  let dir = resolved.get(key);
  if (dir === undefined) {
    dir = findPackDir(spec, fromDir, lang);
    resolved.set(key, dir);
  }
  return dir;
}

function findPackDir(spec: string, fromDir: string, lang: Lang): string {
  // `packs/city` with a pack.yaml in it is a folder, even without "./" (what people type after --pack).
  if (isPathLike(spec) || existsSync(join(resolve(fromDir, spec), 'pack.yaml'))) {
    const p = resolve(fromDir, spec);
    const dir = existsSync(p) && statSync(p).isFile() ? dirname(p) : p;
    if (!existsSync(join(dir, 'pack.yaml'))) {
      throw new ConfigError(join(dir, 'pack.yaml'), { zh: `找不到规则包：${spec}（没有 pack.yaml）`, en: `rule pack not found: ${spec} (no pack.yaml)` }, undefined, lang);
    }
    return dir;
  }
  const dir = resolvePackageFile(spec, 'pack.yaml', fromDir);
  if (dir) return dir;
  throw new ConfigError(
    fromDir,
    { zh: `找不到规则包 ${spec}：请用 npm 安装它，或写成相对路径（./ 开头）`, en: `rule pack ${spec} not found: install it with npm, or give a relative path (starting with ./)` },
    undefined,
    lang,
  );
}

/**
 * The folder of npm package `spec` that holds `file`: resolved from `fromDir`, then from core itself, then as
 * core's sibling (`@govlint/rules-national` next to `@govlint/core`, in the monorepo and in node_modules).
 */
export function resolvePackageFile(spec: string, file: string, fromDir: string): string | undefined {
  for (const base of [join(fromDir, 'noop.js'), import.meta.url]) {
    const req = createRequire(base);
    for (const entry of [`${spec}/${file}`, `${spec}/package.json`]) {
      try {
        const dir = dirname(req.resolve(entry));
        if (existsSync(join(dir, file))) return dir;
      } catch {
        // not resolvable from this base: try the next
      }
    }
  }
  if (spec.startsWith('@govlint/')) {
    const sibling = fileURLToPath(new URL(`../../../${spec.slice('@govlint/'.length)}/`, import.meta.url)).replace(/[\\/]$/, '');
    if (existsSync(join(sibling, file))) return sibling;
  }
  return undefined;
}

function loadPackDir(dir: string, lang: Lang, chain: string[]): Promise<LoadedPack> {
  if (chain.includes(dir)) {
    throw new ConfigError(join(dir, 'pack.yaml'), { zh: `规则包的 extends 出现循环：${[...chain, dir].join(' → ')}`, en: `circular extends between packs: ${[...chain, dir].join(' → ')}` }, undefined, lang);
  }
  let pending = cache.get(dir);
  if (!pending) {
    pending = readPack(dir, lang, chain);
    cache.set(dir, pending);
    // A failed load is not cached: the user fixes the file and runs again in the same process (LSP, watch).
    pending.catch(() => cache.delete(dir));
  }
  return pending;
}

async function readPack(dir: string, lang: Lang, chain: string[]): Promise<LoadedPack> {
  const file = join(dir, 'pack.yaml');
  const source = await readSourceFile(file);
  if (!checkedAtBuild(source, 'pack')) assertValid(packValidator(), source, lang);
  const manifest = source.data as PackManifest;
  const parents = typeof manifest.extends === 'string' ? [manifest.extends] : (manifest.extends ?? []);
  const extended: LoadedPack[] = [];
  for (const [i, spec] of parents.entries()) {
    try {
      extended.push(await loadPackDir(resolvePackDir(spec, dir, lang), lang, [...chain, dir]));
    } catch (error) {
      if (error instanceof ConfigError && error.file === dir) {
        throw new ConfigError(file, error.texts, source.locate(typeof manifest.extends === 'string' ? ['extends'] : ['extends', i]), lang);
      }
      throw error;
    }
  }
  const inside = (field: 'rules' | 'vocab'): string => packFolder(dir, manifest[field] ?? field, () => {
    throw new ConfigError(file, { zh: `${field} 必须是规则包内的文件夹`, en: `${field} must be a folder inside the pack` }, source.locate([field]), lang);
  });
  // Last year's report is the user's input to name, never a pack's (a pack reads only its own folder).
  if (manifest.settings && 'previous' in manifest.settings) {
    throw new ConfigError(file, { zh: '规则包不能设置 settings.previous（上年报告由用户指定）', en: "a pack cannot set settings.previous (last year's report is for the user to name)" }, source.locate(['settings', 'previous'], { key: true }), lang);
  }
  const vocab = await readVocab(inside('vocab'));
  const rulesDir = inside('rules');
  const files = existsSync(rulesDir) ? await ruleFiles(rulesDir) : [];
  const rules: LoadedRule[] = [];
  const templates = manifest.templates ?? extended.find((p) => p.templates)?.templates;
  for (const f of files) rules.push(await loadRule(f, rulesDir, manifest, dir, vocab, lang, templates));
  return { name: manifest.name, version: manifest.version, dir, file, manifest, rules, extends: extended, templates, locate: source.locate };
}

/**
 * `rules` and `vocab` of pack.yaml, resolved: a folder inside the pack, links included (the trust model,
 * docs/security.md: data files of a pack are read from its own folder only).
 */
export function packFolder(dir: string, relativePath: string, outside: () => never): string {
  const target = resolve(dir, relativePath);
  if (!isInside(dir, target)) outside();
  // A link inside the pack may still lead out: compare real paths (a folder that does not exist reads nothing).
  if (existsSync(target) && !isInside(realpathSync(dir), realpathSync(target))) outside();
  return target;
}

function isInside(root: string, p: string): boolean {
  const from = relative(root, p);
  return from !== '..' && !from.startsWith(`..${sep}`) && !isAbsolute(from);
}

export async function ruleFiles(root: string): Promise<string[]> {
  // Synchronous, like the rule files' reads (yaml-source.ts): small, at start, one after the other.
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function readVocab(dir: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!existsSync(dir)) return out;
  // Files only: a link could lead out of the pack.
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.txt')).map((e) => e.name);
  for (const name of names.sort()) {
    const words = readFileSync(join(dir, name), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter((l) => l !== '');
    out.set(name.slice(0, -'.txt'.length), words);
  }
  return out;
}

export async function loadRule(
  file: string,
  rulesDir: string,
  manifest: PackManifest,
  packDir: string,
  vocab: Map<string, string[]>,
  lang: Lang,
  templates: string[] | undefined = manifest.templates,
): Promise<LoadedRule> {
  const source = await readSourceFile(file);
  const checked = checkedAtBuild(source, 'rule');
  if (!checked) assertValid(ruleHeadValidator(), source, lang);
  const head = source.data as { type: string; id: string };
  const type = ruleType(head.type)!;
  if (!checked) assertValid(ruleValidator(type.type), source, lang);
  const raw = source.data as RawRule;
  const fail = (texts: Localized, at: DataPath): never => {
    throw new ConfigError(file, texts, source.locate(at), lang);
  };
  checkId(raw.id, file, rulesDir, manifest.namespace ?? '', fail);
  const ctx: CompileContext = {
    file,
    fail,
    regex(pattern, at, flags) {
      const r = compilePattern(pattern, flags);
      return r.ok ? r.regex : fail(r.error, at);
    },
    vocab(name, at) {
      return vocab.get(name) ?? fail({ zh: `找不到词表 vocab/${name}.txt`, en: `word list vocab/${name}.txt not found` }, at);
    },
    resolve: (rel) => resolve(dirname(file), rel),
  };
  const check = type.compile(raw, ctx);
  return {
    id: raw.id,
    pack: manifest.name,
    packDir,
    file,
    raw,
    type,
    check,
    when: effectiveGate(raw.when, templates),
    level: raw.level,
    // Without a published site, the generated page inside the pack itself (works offline, opens in editors).
    url: manifest.docsBase ? `${manifest.docsBase}${raw.id}.md` : pathToFileURL(join(packDir, 'docs', 'rules', `${raw.id}.md`)).href,
    locate: (at) => source.locate(at),
  };
}

/** The rule's `when`, with the pack's templates when it names none (a rule's own `template` always wins). */
function effectiveGate(when: Gate | undefined, templates: string[] | undefined): Gate | undefined {
  if (!templates || when?.template) return when;
  return { ...when, template: templates };
}

/** `id` is the file's path under `rules/` (one name, three places), and starts with the pack's namespace. */
function checkId(id: string, file: string, rulesDir: string, namespace: string, fail: (t: Localized, at: DataPath) => never): void {
  if (namespace && !id.startsWith(`${namespace}/`)) {
    fail({ zh: `规则 id \`${id}\` 应以命名空间 \`${namespace}/\` 开头`, en: `rule id \`${id}\` must start with the namespace \`${namespace}/\`` }, ['id']);
  }
  const expected = relative(rulesDir, file).split(sep).join('/').replace(/\.(ya?ml|json)$/i, '');
  if (id !== expected) {
    fail(
      { zh: `规则 id \`${id}\` 与文件位置不符：此文件的 id 应为 \`${expected}\`（或把文件移到 rules/${id}${extname(file)}）`, en: `rule id \`${id}\` does not match the file: expected \`${expected}\` (or move the file to rules/${id}${extname(file)})` },
      ['id'],
    );
  }
}
