// Config trust on a shared machine (issue 22): discovery stops at the project root (a `.git`, a package.json
// with a `govlint` key), and a config others could have planted (its folder or itself writable by others, like
// /tmp; owned by another user) is not used: each linted file gets a warning naming it. `-c` still uses it.
import { chmodSync, chownSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, govlint, scratch, seed, testPack, write, type JsonResult } from './helpers.js';

const ORIGINAL = seed(SEEDS[4]);
const isRoot = process.getuid?.() === 0;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = scratch('govlint-config-trust-')));
afterAll(() => cleanup());

/** A folder under the scratch folder holding a config and, below it, `sub/report.txt`. */
function layout(name: string, below: (sub: string) => void = () => undefined) {
  const top = path.join(dir, name);
  const sub = path.join(top, 'sub');
  mkdirSync(sub, { recursive: true });
  const config = write(top, '.govlintrc.yaml', 'lang: en\n');
  below(sub);
  return { top, config, report: write(sub, 'report.txt', ORIGINAL) };
}

async function configFilesOf(report: string): Promise<string[]> {
  const r = await govlint(['--pack', testPack, '--print-config', report]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { configFiles: string[] }).configFiles;
}

async function configWarnings(report: string, extra: string[] = []): Promise<string[]> {
  const r = await govlint(['--pack', testPack, '--lang', 'en', '-f', 'json', ...extra, report]);
  const [result] = (JSON.parse(r.stdout) as { results: JsonResult[] }).results;
  return result.messages.filter((m) => m.ruleId === 'config').map((m) => m.message);
}

describe('discovery stops at the project root', () => {
  it('a .git folder (or a worktree’s .git file) is the root: a config above it is not used', async () => {
    const withDir = layout('git-dir', (sub) => mkdirSync(path.join(sub, '.git')));
    const withFile = layout('git-file', (sub) => write(sub, '.git', 'gitdir: /elsewhere\n'));
    expect(await configFilesOf(withDir.report)).toEqual([]);
    expect(await configFilesOf(withFile.report)).toEqual([]);
  });

  it('a package.json with a `govlint` key is the root; one without is not', async () => {
    const marked = layout('pkg-marked', (sub) => write(sub, 'package.json', '{ "name": "x", "govlint": {} }'));
    const plain = layout('pkg-plain', (sub) => write(sub, 'package.json', '{ "name": "x" }'));
    const broken = layout('pkg-broken', (sub) => write(sub, 'package.json', '{ not json'));
    expect(await configFilesOf(marked.report)).toEqual([]);
    expect(await configFilesOf(plain.report)).toEqual([plain.config]);
    expect(await configFilesOf(broken.report)).toEqual([broken.config]);
  });
});

describe('a config others could have planted is not used, with a warning', () => {
  it('in a folder writable by others (sticky, like /tmp)', async () => {
    const { top, config, report } = layout('shared');
    chmodSync(top, 0o1777);
    expect(await configFilesOf(report)).toEqual([]);
    expect(await configWarnings(report)).toEqual([expect.stringContaining(`config ${config} not used: it or its folder is writable by other users`)]);
    // Named with -c, it is the user's choice.
    expect(await configWarnings(report, ['-c', config])).toEqual([]);
  });

  it('writable by others itself', async () => {
    const { config, report } = layout('writable-file');
    chmodSync(config, 0o666);
    expect(await configFilesOf(report)).toEqual([]);
    expect(await configWarnings(report)).toHaveLength(1);
  });

  it('a symlink in our folder to a config in a folder writable by others', async () => {
    const drop = path.join(dir, 'drop');
    mkdirSync(drop);
    chmodSync(drop, 0o1777);
    const planted = write(drop, 'planted.yaml', 'lang: en\n');
    const { config, report } = layout('linked', () => undefined);
    rmSync(config);
    symlinkSync(planted, config);
    expect(await configFilesOf(report)).toEqual([]);
    expect(await configWarnings(report)).toHaveLength(1);
  });

  it.skipIf(!isRoot)('owned by another user', async () => {
    const { config, report } = layout('foreign');
    chownSync(config, 65534, 65534);
    expect(await configFilesOf(report)).toEqual([]);
    expect(await configWarnings(report)).toEqual([expect.stringContaining(`config ${config} not used: it belongs to another user`)]);
  });

  it('a config of our own in a folder of our own is used, without a warning', async () => {
    const { config, report } = layout('own');
    expect(await configFilesOf(report)).toEqual([config]);
    expect(await configWarnings(report)).toEqual([]);
  });
});
