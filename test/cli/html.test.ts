// `-f html` in a real headless Chromium (Debian's, installed by `pnpm setup:tools`): the offending cell is
// highlighted, visible and carries its message, the highlight really paints (pixels of the screenshot), and a
// <script> inside a report stays text.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_ONLY, SEEDS, govlint, scratch, seed, write } from './helpers.js';

const CHROMIUM = process.env.GOVLINT_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html.test: skipped, no browser at ${CHROMIUM}: run \`pnpm setup:tools\` (installs Debian's chromium and fonts-wqy-microhei) or set GOVLINT_CHROMIUM`);

/** Seed 004 with an unbalanced table 三 and a paragraph that tries to run script. */
function hostileReport(): string {
  const text = seed(SEEDS[4]);
  return text
    .replace('0 |\n62 |\n|||\n四、结转下年度', '0 |\n65 |\n|||\n四、结转下年度')
    .replace('一、总体情况\n', '一、总体情况\n本段含有<script>window.__pwned=1</script>与<img src=x onerror="window.__pwned=2">等网页残留，点击数：25。\n');
}

// In CI the README's test command runs `pnpm setup:tools` first (pnpm test itself installs nothing): there a
// missing browser is a failure, not a skip, so the HTML report is always exercised where it counts.
if (process.env.CI && !hasChromium) throw new Error(`CI: ${CHROMIUM} is missing; \`pnpm setup:tools\` should have installed it`);

describe.skipIf(!hasChromium)('html report in Chromium', () => {
  let dir: string;
  let cleanup: () => void;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  /** A blank page (no CSP) to decode screenshots in. */
  let decoder: Page;
  let html: string;

  beforeAll(async () => {
    ({ dir, cleanup } = scratch('govlint-html-'));
    write(dir, 'a-bad.txt', hostileReport());
    write(dir, 'b-clean.txt', seed(SEEDS[2]));
    const out = path.join(dir, 'report.html');
    const r = await govlint([...PACK_ONLY, '-f', 'html', '-o', out, path.join(dir, 'a-bad.txt'), path.join(dir, 'b-clean.txt')]);
    expect(r.code, r.stderr).toBe(1);
    html = readFileSync(out, 'utf8');
    profile = mkdtempSync(path.join(tmpdir(), 'govlint-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await context.newPage();
    decoder = await context.newPage();
    // Self-contained: the page must not ask for anything but itself.
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(out).href);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    cleanup?.();
  });

  it('shows the offending cell highlighted, visible, with its message beside it', async () => {
    const cell = page.locator('section.report[data-file$="a-bad.txt"] td[data-key="requests.totalProcessed.total"]');
    await cell.scrollIntoViewIfNeeded();
    await expect.poll(() => cell.isVisible()).toBe(true);
    expect(await cell.getAttribute('class')).toContain('hl-error');
    expect(await cell.innerText()).toMatch(/^65/);
    const message = '表三总计列：第一项加第二项（61 + 3）应等于第三项加第四项（65 + 2）';
    expect(await cell.getAttribute('title')).toBe(message);
    // The badge in the cell points at a note beside the table that carries the same message.
    const href = await cell.locator('a.badge').getAttribute('href');
    const note = page.locator(href ?? '#missing');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(message);
    const [cellBox, noteBox] = [await cell.boundingBox(), await note.boundingBox()];
    expect(noteBox!.x).toBeGreaterThan(cellBox!.x + cellBox!.width); // beside, not below

    // The highlight is really painted: most pixels inside the cell have the error background (#ffcdd2).
    const png = await cell.screenshot();
    await page.screenshot({ path: path.join(dir, 'report.png') });
    const share = await highlightShare(decoder, png, [0xff, 0xcd, 0xd2]);
    expect(share).toBeGreaterThan(0.5);
    // …and an ordinary cell is not.
    const plain = page.locator('section.report[data-file$="a-bad.txt"] td[data-key="requests.newReceived.naturalPerson"]');
    expect(await highlightShare(decoder, await plain.screenshot(), [0xff, 0xcd, 0xd2])).toBeLessThan(0.05);
  });

  it('highlights the sentence with its message and keeps report markup as text', async () => {
    const mark = page.locator('section.report[data-file$="a-bad.txt"] mark.hl', { hasText: '点击数' });
    await mark.scrollIntoViewIfNeeded();
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.getAttribute('title')).toBe('疑似网页残留“点击数”');
    const paragraph = mark.locator('xpath=ancestor::p[1]');
    expect(await paragraph.innerText()).toContain('<script>window.__pwned=1</script>与<img src=x onerror="window.__pwned=2">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('section.report img').count()).toBe(0);
    expect(html.match(/<script>/g)).toHaveLength(1); // ours only
  });

  it('summarises the batch, worst report first, and filters by severity', async () => {
    const rows = page.locator('#summary table.list').first().locator('tbody tr');
    expect(await rows.count()).toBe(1); // the clean report has nothing to rank
    expect(await rows.first().innerText()).toContain('淄博市博山区人民政府2024年政府信息公开工作年度报告');
    expect(await page.locator('#summary').innerText()).toContain('cli/contact-colon');
    const info = page.locator('li.note.sev-info').first();
    expect(await info.isVisible()).toBe(true);
    await page.locator('input[data-toggle="info"]').uncheck();
    expect(await info.isVisible()).toBe(false); // our own script runs under the page's CSP
  });
});

/** Share of pixels of a PNG within ±12 of `rgb`, decoded by the browser itself (no PNG library needed). */
function highlightShare(decoder: Page, png: Buffer, rgb: [number, number, number]): Promise<number> {
  return decoder.evaluate(
    async ({ b64, rgb }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const { data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
      let hit = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - rgb[0]) <= 12 && Math.abs(data[i + 1] - rgb[1]) <= 12 && Math.abs(data[i + 2] - rgb[2]) <= 12) hit++;
      }
      return hit / (data.length / 4);
    },
    { b64: png.toString('base64'), rgb },
  );
}
