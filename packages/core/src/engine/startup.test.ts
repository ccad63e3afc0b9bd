// What the build precomputes for a fast start (precompiled validators, the YAML snapshot) must give exactly what
// computing it at run time gives; and scripts of bundled packs run in the calling thread, others in the worker.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { precompiledSource } from './precompile.js';
import { checkedAtBuild, snapshotChecks, validatorSources } from './schemas.js';
import { runsInCallingThread } from './script-trust.js';
import { ajv, assertValid, type Validator } from './validate.js';
import { parseSource } from './yaml-source.js';
import { buildSnapshot } from './yaml-snapshot.js';

const dir = mkdtempSync(path.join(tmpdir(), 'govlint-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message assertValid throws for `yaml` with this validator, or 'valid'. */
function verdict(validate: Validator, yaml: string): string {
  try {
    assertValid(validate, parseSource(yaml, 'x.yaml'), 'en');
    return 'valid';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('precompiled validators', () => {
  const file = path.join(dir, 'validators.cjs');
  writeFileSync(file, precompiledSource());
  const built = createRequire(import.meta.url)(file) as Record<string, Validator> & { fingerprint: string };
  const sources = validatorSources();
  for (const s of sources.schemas) if (!ajv().getSchema((s as { $id: string }).$id)) ajv().addSchema(s);
  const runtime = (name: string) => ajv().getSchema(sources.refs[name]) as Validator;

  it('carry the fingerprint of the schemas they were built from', () => {
    expect(built.fingerprint).toBe(sources.fingerprint);
    expect(Object.keys(sources.refs).every((name) => typeof built[name] === 'function')).toBe(true);
  });

  it('report the same first error as validators compiled at run time', () => {
    const cases: [string, string][] = [
      ['pack', 'name: p\nversoin: 1.0.0\n'],
      ['pack', 'name: ""\n'],
      ['config', 'rules:\n  table3/balance: loud\n'],
      ['config', 'lang: fr\n'],
      ['ruleHead', 'id: a/b\n'],
      ['type_existence', 'id: a/b\ntype: existence\nlevel: error\ndescription: { zh: x }\ntokens: [a]\nscoep: prose\n'],
      ['type_existence', 'id: a/b\ntype: existence\nlevel: warning\ndescription: { zh: x }\ntokens: [a]\n'],
      ['type_script', 'id: a/b\ntype: script\nlevel: warning\ndescription: { zh: x }\n'],
    ];
    for (const [name, yaml] of cases) expect(verdict(built[name], yaml), `${name}: ${yaml}`).toBe(verdict(runtime(name), yaml));
    expect(cases.filter(([name, yaml]) => verdict(built[name], yaml) === 'valid')).toHaveLength(1);
  });
});

describe('YAML snapshot', () => {
  it('keeps only texts that parse cleanly and survive JSON, under the hash of their exact text', () => {
    const ok = 'id: a/b\nlist: [1, 2]\nname: 名称\n';
    const snapshot = JSON.parse(buildSnapshot([ok, 'a: 1\na: 2\n', 'x: .inf\n', 'bad: [\n'])) as { entries: Record<string, string> };
    expect(Object.values(snapshot.entries)).toEqual([JSON.stringify({ id: 'a/b', list: [1, 2], name: '名称' })]);
  });

  it('records the schema checks each file passes, under the fingerprint of the validators that ran them', () => {
    const rule = 'id: a/b\ntype: existence\nlevel: warning\ndescription: { zh: x }\ntokens: [a]\n';
    const badRule = 'id: a/b\ntype: existence\nlevel: loud\ndescription: { zh: x }\ntokens: [a]\n';
    const pack = 'name: p\nversion: 1.0.0\n';
    const checks = snapshotChecks();
    const snapshot = JSON.parse(buildSnapshot([rule, badRule, pack], checks)) as { validators: string; valid: Record<string, string[]> };
    expect(snapshot.validators).toBe(validatorSources().fingerprint);
    expect(Object.values(snapshot.valid).sort()).toEqual([['pack'], ['rule']]);
  });

  it('a check made at build time counts only for that role and with validators identical to this core', () => {
    const base = { path: 'x.yaml', data: {}, locate: () => ({ line: 1, column: 1 }) };
    const fingerprint = validatorSources().fingerprint;
    expect(checkedAtBuild({ ...base, built: { valid: ['rule'], validators: fingerprint } }, 'rule')).toBe(true);
    expect(checkedAtBuild({ ...base, built: { valid: ['rule'], validators: fingerprint } }, 'pack')).toBe(false);
    expect(checkedAtBuild({ ...base, built: { valid: ['rule', 'pack'], validators: 'other schemas' } }, 'rule')).toBe(false);
    expect(checkedAtBuild(base, 'rule')).toBe(false);
  });
});

describe('where pack scripts run', () => {
  const national = fileURLToPath(new URL('../../../rules-national/scripts/deadline.js', import.meta.url));
  const provincial = fileURLToPath(new URL('../../../rules-provincial/regions.yaml', import.meta.url));
  const thirdParty = path.join(dir, 'scripts', 'x.js');

  it('bundled packs in the calling thread, any other pack in the worker', () => {
    expect(runsInCallingThread(national, {})).toBe(true);
    expect(runsInCallingThread(provincial, {})).toBe(true);
    expect(runsInCallingThread(thirdParty, {})).toBe(false);
  });

  it('GOVLINT_SCRIPT_THREAD=main or =worker decides for every pack', () => {
    expect(runsInCallingThread(thirdParty, { GOVLINT_SCRIPT_THREAD: 'main' })).toBe(true);
    expect(runsInCallingThread(national, { GOVLINT_SCRIPT_THREAD: 'worker' })).toBe(false);
  });
});
