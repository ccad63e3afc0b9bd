// Writes that keep the file (issue 22): `-o` never overwrites an input, writes a device or FIFO in place (a
// rename would replace /dev/null with a regular file) and writes a symlink's target; --fix keeps symlinks, hard
// links, owner, group and mode, skips a read-only file, reports a file it cannot write and goes on with the
// batch; a run stopped by SIGTERM or SIGINT removes its temp files. Through the built CLI. We run as root, which
// ignores modes: what only another user meets runs the CLI as `nobody` (spawn's uid), skipped when that is
// impossible; the devices are made with mknod in a temp folder, never the machine's own.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cleanEnv } from '../cli/helpers.js';
import { PACK_ONLY, SEEDS, govlint, repo, scratch, seed, testPack, write } from './helpers.js';

const ORIGINAL = seed(SEEDS[4]); // four half-width colons that cli/contact-colon fixes
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in its own process, as `uid` when given (its primary group too). */
function run(args: string[], uid?: number): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const ids = uid === undefined ? {} : { uid, gid: uid };
    const child = spawn(process.execPath, [bin, ...args], { cwd: repo, env: cleanEnv(), ...ids });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end();
  });
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = scratch('govlint-writes-'));
  // Others (the `nobody` runs) may look inside.
  chmodSync(dir, 0o755);
});
afterAll(() => cleanup());

const folder = (name: string) => {
  const d = path.join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
};
const fixed = (file: string) => readFileSync(file, 'utf8') !== ORIGINAL;

describe('-o never replaces a report and keeps what the name is', () => {
  it('refuses an -o that is one of the inputs: same path, a symlink to it, a hard link to it (exit 2, input untouched)', async () => {
    const d = folder('o-input');
    const report = write(d, 'report.txt', ORIGINAL);
    const other = write(d, 'other.txt', ORIGINAL);
    symlinkSync(report, path.join(d, 'link.txt'));
    linkSync(report, path.join(d, 'hard.txt'));
    for (const out of [report, path.join(d, 'link.txt'), path.join(d, 'hard.txt')]) {
      const r = await govlint([...PACK_ONLY, '--lang', 'en', '-f', 'json', '-o', out, other, report]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`-o/--output-file ${out} is the input file`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(report, 'utf8')).toBe(ORIGINAL);
    const e = await govlint(['extract', '--lang', 'en', '-o', report, report]);
    expect(e.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe(ORIGINAL);
  });

  it('writes a FIFO in place: the reader gets the output, the FIFO stays a FIFO', async () => {
    const d = folder('o-fifo');
    const report = write(d, 'report.txt', ORIGINAL);
    const fifo = path.join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      const cat = spawn('cat', [fifo]);
      let got = '';
      cat.stdout.setEncoding('utf8').on('data', (s: string) => (got += s));
      cat.on('close', () => resolve(got));
    });
    const r = await govlint([...PACK_ONLY, '-f', 'json', '-o', fifo, report]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(await reader).results).toHaveLength(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['pipe', 'report.txt']);
  });

  it('writes a character device in place (a null device made with mknod here, not /dev/null)', async (ctx) => {
    const d = folder('o-device');
    const report = write(d, 'report.txt', ORIGINAL);
    const device = path.join(d, 'null');
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // no CAP_MKNOD here: the FIFO test covers writing in place
    }
    symlinkSync('null', path.join(d, 'null-link'));
    for (const out of [device, path.join(d, 'null-link')]) {
      const r = await govlint([...PACK_ONLY, '-f', 'json', '-o', out, report]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readlinkSync(path.join(d, 'null-link'))).toBe('null');
    expect(readdirSync(d).sort()).toEqual(['null', 'null-link', 'report.txt']);
  });

  it('writes through a symlink to its target, also a target that does not exist yet; the link stays a link', async () => {
    const d = folder('o-link');
    const report = write(d, 'report.txt', ORIGINAL);
    const target = write(d, 'target.json', 'previous');
    symlinkSync('target.json', path.join(d, 'out.json'));
    symlinkSync('new.json', path.join(d, 'dangling.json'));
    for (const out of ['out.json', 'dangling.json']) {
      const r = await govlint([...PACK_ONLY, '-f', 'json', '-o', path.join(d, out), report]);
      expect(r.code, r.stderr).toBe(0);
      expect(lstatSync(path.join(d, out)).isSymbolicLink()).toBe(true);
    }
    expect(JSON.parse(readFileSync(target, 'utf8')).results).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(d, 'new.json'), 'utf8')).results).toHaveLength(1);
  });
});

describe('--fix keeps the file what it was', () => {
  it('writes a symlink’s target; the link stays a link', async () => {
    const d = folder('fix-link');
    const target = write(d, 'real.txt', ORIGINAL);
    const link = path.join(d, 'link.txt');
    symlinkSync('real.txt', link);
    const r = await govlint([...PACK_ONLY, '--fix', link]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fixed(target)).toBe(true);
  });

  it('keeps hard links: every name sees the fixed text', async () => {
    const d = folder('fix-hard');
    const a = write(d, 'a.txt', ORIGINAL);
    const b = path.join(d, 'b.txt');
    linkSync(a, b);
    const r = await govlint([...PACK_ONLY, '--fix', a]);
    expect(r.code, r.stderr).toBe(0);
    expect(fixed(b)).toBe(true);
    expect(statSync(a).ino).toBe(statSync(b).ino);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it.skipIf(!isRoot)('keeps owner, group and a mode the umask would cut (0666)', async () => {
    const d = folder('fix-owner');
    const file = write(d, 'owned.txt', ORIGINAL);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o666);
    const r = await govlint([...PACK_ONLY, '--fix', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(fixed(file)).toBe(true);
    const info = statSync(file);
    expect([info.uid, info.gid, info.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o666]);
  });

  it('skips a read-only file (no write bit) with a warning, even as root; the rest of the batch is fixed', async () => {
    const d = folder('fix-readonly');
    const locked = write(d, 'locked.txt', ORIGINAL);
    chmodSync(locked, 0o444);
    const open = write(d, 'open.txt', ORIGINAL);
    const r = await govlint([...PACK_ONLY, '--lang', 'en', '--fix', locked, open]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('locked.txt: the file is read-only; fixes not written');
    expect(readFileSync(locked, 'utf8')).toBe(ORIGINAL);
    expect(statSync(locked).mode & 0o777).toBe(0o444);
    expect(fixed(open)).toBe(true);
  });
});

describe.skipIf(!isRoot)('--fix as another user (the CLI runs as nobody)', () => {
  it('a file it may not write is named, the batch goes on, the run ends with exit 2', async () => {
    const theirs = folder('nobody/theirs'); // root's folder, root's 0644 file: nobody can read, not write
    const locked = write(theirs, 'locked.txt', ORIGINAL);
    const mine = folder('nobody/mine');
    const open = write(mine, 'open.txt', ORIGINAL);
    chownSync(mine, NOBODY, NOBODY);
    chownSync(open, NOBODY, NOBODY);
    const r = await run([...PACK_ONLY, '--lang', 'en', '--concurrency', 'off', '--fix', locked, open], NOBODY);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/locked\.txt: cannot write the fixes \(EACCES/);
    expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
    expect(readFileSync(locked, 'utf8')).toBe(ORIGINAL);
    expect(fixed(open)).toBe(true);
    expect(statSync(open).uid).toBe(NOBODY);
  });

  it('a writable file in a folder it may not write in is fixed in place (no temp file possible there)', async () => {
    const theirs = folder('nobody/shared');
    const file = write(theirs, 'shared.txt', ORIGINAL);
    chmodSync(file, 0o666);
    const r = await run([...PACK_ONLY, '--fix', file], NOBODY);
    expect(r.code, r.stderr).toBe(0);
    expect(fixed(file)).toBe(true);
    expect(statSync(file).uid).toBe(0);
    expect(readdirSync(theirs)).toEqual(['shared.txt']);
  });
});

describe('a stopped run removes its temp files', () => {
  // A script rule plays a write under way (a temp file of this process beside the report, as a worker's
  // write would leave it) and then the signal arrives.
  it.each(['SIGTERM', 'SIGINT'] as const)('%s', async (signal) => {
    const d = folder(`signal-${signal}`);
    const report = write(d, 'report.txt', ORIGINAL);
    const { dir: pack, cleanup: done } = scratch('govlint-signal-pack-');
    try {
      write(pack, 'pack.yaml', 'name: stop\nrules: rules\n');
      const temp = `path.join(${JSON.stringify(d)}, '.report.txt.' + process.pid + '.0badcafe.tmp')`;
      write(pack, 'stop.mjs', `import { writeFileSync } from 'node:fs';\nimport path from 'node:path';\nexport default () => { writeFileSync(${temp}, 'half'); process.kill(process.pid, '${signal}'); return []; };\n`);
      mkdirSync(path.join(pack, 'rules/s'), { recursive: true });
      write(pack, 'rules/s/stop.yaml', 'id: s/stop\ntype: script\nlevel: info\ndescription: { zh: 停 }\nmodule: ../../stop.mjs\nmessages: { x: { zh: x } }\n');
      const r = await run(['--no-config', '--pack', testPack, '--pack', pack, '--concurrency', 'off', '--fix', report]);
      expect(r.signal).toBe(signal);
      expect(readdirSync(d)).toEqual(['report.txt']);
    } finally {
      done();
    }
  });
});
