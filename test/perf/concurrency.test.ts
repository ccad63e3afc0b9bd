// --concurrency: worker threads give exactly the results of one thread, in the same order; a file that hangs or
// kills its worker costs that file one fatal diagnostic, and the batch goes on; a file too big for a worker's
// capped heap is linted in the main thread instead.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examples, govlint, govlintProcess, scratch, seed, SEEDS, write } from '../cli/helpers.js';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A scratch folder with a pack of one script rule `h/NAME` (module NAME.js, written by the test). */
function scriptPack(prefix: string, name: string, extra: string): { dir: string; pack: string } {
  const { dir, cleanup } = scratch(prefix);
  cleanups.push(cleanup);
  const pack = path.join(dir, 'pack');
  mkdirSync(path.join(pack, 'rules', 'h'), { recursive: true });
  write(pack, 'pack.yaml', `name: ${name}-pack\nnamespace: h\n`);
  write(pack, `rules/h/${name}.yaml`, `id: h/${name}\ntype: script\nlevel: warning\ndescription: { zh: 测试 }\nmodule: ../../${name}.js\n${extra}\n`);
  return { dir, pack };
}

describe.concurrent('--concurrency', () => {
  it('2 worker threads and off print the same JSON for the seeds and the format fixtures', async () => {
    const { dir, cleanup } = scratch('govlint-conc-');
    cleanups.push(cleanup);
    cpSync(examples, path.join(dir, 'seeds'), { recursive: true });
    // Other formats go through the workers' lazily loaded readers too.
    const fixtures = path.resolve(examples, '../test/fixtures/formats');
    cpSync(fixtures, path.join(dir, 'formats'), { recursive: true, filter: (src) => !src.includes('generated') });
    expect(readdirSync(path.join(dir, 'formats')).length).toBeGreaterThan(2);
    const off = await govlint(['--no-config', '-f', 'json', '--concurrency', 'off', dir]);
    const two = await govlint(['--no-config', '-f', 'json', '--concurrency', '2', dir]);
    expect(off.code, off.stderr).toBe(1);
    expect(two.code, two.stderr).toBe(off.code);
    expect(JSON.parse(two.stdout).results.length).toBeGreaterThan(SEEDS.length);
    expect(two.stdout).toBe(off.stdout);
    expect(two.stderr).toBe(off.stderr);
  });

  it('a file that hangs or kills its worker gets one fatal diagnostic; the other files are linted', async () => {
    const { dir, pack } = scriptPack('govlint-hang-', 'marker', 'options: { timeoutMs: 600000 }\nmessages: { seen: { zh: 已检查 } }');
    // A synchronous loop cannot be stopped from its own thread: only terminating the lint worker ends it.
    write(pack, 'marker.js', "export default (ctx) => {\n  if (ctx.model.text.includes('HANG-HERE')) for (;;) {}\n  if (ctx.model.text.includes('EXIT-HERE')) process.exit(3);\n  return [{ messageId: 'seen', range: [0, 1] }];\n};\n");
    const files = path.join(dir, 'files');
    mkdirSync(files);
    write(files, 'a.txt', seed(SEEDS[0]));
    write(files, 'b.txt', `HANG-HERE\n${seed(SEEDS[1])}`);
    write(files, 'c.txt', `EXIT-HERE\n${seed(SEEDS[2])}`);
    write(files, 'd.txt', seed(SEEDS[3]));
    // GOVLINT_SCRIPT_THREAD=main: the script runs in the lint worker itself, so the lint worker is what hangs.
    const r = await govlintProcess(['--no-config', '--pack', pack, '-f', 'unix', '--concurrency', '2', files], {
      env: { GOVLINT_SCRIPT_THREAD: 'main', GOVLINT_FILE_TIMEOUT_MS: '3000' },
    });
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('[h/marker]')).map((l) => l.split(':')[0].split('/').pop())).toEqual(['a.txt', 'd.txt']);
    expect(r.stdout).toMatch(/b\.txt:1:1: error: .*b\.txt：检查超过 3 秒，已中止 \[parse\]/);
    expect(r.stdout).toMatch(/c\.txt:1:1: error: .*c\.txt：检查失败（worker exited \(3\)） \[parse\]/);
  });

  it('a file that exhausts a worker\'s heap is linted in the main thread; the other files stay in the workers', async () => {
    const { dir, pack } = scriptPack('govlint-oom-', 'where', 'messages: { at: { zh: "在{{thread}}" } }');
    // Stands for a report too big for a worker: it fills the heap, except in the main thread.
    write(
      pack,
      'where.js',
      "import { isMainThread } from 'node:worker_threads';\n" +
        'const kept = [];\n' +
        "export default (ctx) => {\n  if (!isMainThread && ctx.model.text.includes('HUGE-HERE')) for (;;) kept.push(new Array(1e5).fill(kept.length));\n" +
        "  return [{ messageId: 'at', range: [0, 1], data: { thread: isMainThread ? 'main' : 'worker' } }];\n};\n",
    );
    const files = path.join(dir, 'files');
    mkdirSync(files);
    write(files, 'a.txt', seed(SEEDS[0]));
    write(files, 'b.txt', `HUGE-HERE\n${seed(SEEDS[1])}`);
    write(files, 'c.txt', seed(SEEDS[2]));
    const r = await govlintProcess(['--no-config', '--pack', pack, '-f', 'unix', '--concurrency', '2', files], {
      env: { GOVLINT_SCRIPT_THREAD: 'main', GOVLINT_WORKER_HEAP_MB: '48' },
    });
    // Warnings only: exit 0.
    expect(r.code, r.stderr).toBe(0);
    const where = r.stdout
      .trim()
      .split('\n')
      .filter((l) => l.includes('[h/where]'))
      .map((l) => `${l.split(':')[0].split('/').pop()} ${/在(\w+)/.exec(l)?.[1]}`);
    expect(where).toEqual(['a.txt worker', 'b.txt main', 'c.txt worker']);
    expect(r.stdout).not.toMatch(/\[parse\]/);
  });
});
