// Security (issue 9, docs/security.md): the HTML report escapes everything that comes from a report, a file
// name, a pack or a config, so opening it runs no script but ours. A browser test of the same (test/cli/html.test.ts)
// needs Chromium; this one checks the markup itself, on generated input (fast-check) and through the built CLI.
// What a pack may read is tested in bad-config.test.ts ("a pack reads only its own folder").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatters, lintText } from '@govlint/core';
import { SEEDS, govlint, scratch, seed, testPack, write } from './helpers.js';

const RUNS = 40;

/** Markup that would run or inject something if it reached the page unescaped; each carries `x-evil`. */
const HOSTILE = [
  '<x-evil>',
  '<img src=x onerror="x-evil()">',
  '</script><x-evil>',
  '"><x-evil a="',
  "'><x-evil a='",
  '<!--x-evil-->',
  '<![CDATA[<x-evil>]]>',
  '<svg/onload=x-evil()>',
  '\u2028<x-evil>\u2029',
];

/** Every way the hostile text could have got into the page unescaped. */
function injections(html: string): string[] {
  const found: string[] = [];
  if (/<x-evil|<img src=x|<svg\/onload|<!--x-evil|<!\[CDATA\[/i.test(html)) found.push('markup from the input');
  if ((html.match(/<script/gi) ?? []).length !== 1) found.push('a <script> that is not ours');
  if (/href="(?!https?:|#)/i.test(html)) found.push('a link that is neither http(s) nor in the page');
  if (!/http-equiv="Content-Security-Policy"/.test(html)) found.push('no Content-Security-Policy');
  return found;
}

describe('the HTML report escapes what it shows', () => {
  it(`report text, table cells, file names, rule ids and links from generated input (${RUNS} runs)`, async () => {
    const text = seed(SEEDS[4]);
    const lines = text.split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.constantFrom(...HOSTILE)), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...HOSTILE),
        fc.constantFrom(...HOSTILE, 'javascript:x-evil()', 'data:text/html,<x-evil>'),
        async (edits, inName, inLink) => {
          const edited = [...lines];
          // At the start of a line: a paragraph, a heading or a table cell (the seed has one cell per line).
          for (const [at, s] of edits) edited[at] = `${s}电话:${edited[at]}`;
          const file = `/reports/${inName}.txt`;
          const result = await lintText(edited.join('\n'), file, { noConfig: true, packs: [testPack], includeModel: true });
          expect(result.messages.length).toBeGreaterThan(0);
          const html = formatters.html([result], {
            cwd: '/reports',
            lang: 'zh',
            color: false,
            rulesMeta: { 'cli/contact-colon': { docs: inLink }, [inName]: { docs: inLink } },
            tool: { name: 'govlint', version: inName },
            packs: [{ name: inName, version: inName }],
          });
          expect(injections(html)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('through the built CLI: a hostile file name and hostile report text', async () => {
    const { dir, cleanup } = scratch('govlint-html-escape-');
    try {
      const name = '"><img src=x onerror="x-evil()">.txt';
      write(dir, name, seed(SEEDS[4]).replace('一、总体情况\n', `一、总体情况\n</script><x-evil>电话:123 <svg/onload=x-evil()>\n`));
      const r = await govlint(['--no-config', '--pack', testPack, '-f', 'html', name], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('&lt;x-evil&gt;');
      expect(injections(r.stdout)).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
