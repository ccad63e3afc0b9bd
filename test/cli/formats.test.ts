// Every machine format from the built binary on one report with an error, warnings and an info.
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, PACK_ONLY, SEEDS, govlint, repo, scratch, seed, write } from './helpers.js';

const fromCore = createRequire(path.join(repo, 'packages/core/package.json'));

const file = 'r.txt';
let cwd: string;
let lastLine: number;
let cleanup: () => void;
beforeAll(() => {
  ({ dir: cwd, cleanup } = scratch());
  const text = seed(SEEDS[4]).replace('0 |\n62 |\n|||\n四、结转下年度', '0 |\n65 |\n|||\n四、结转下年度') + '\n页面点击数：12\n';
  write(cwd, file, text);
  lastLine = text.split('\n').length - 1; // the 点击数 line
});
afterAll(() => cleanup());

/** Parses XML with core's own parser dependency and fails on any well-formedness error. */
function parseXml(xml: string): Document {
  const { DOMParser } = fromCore('@xmldom/xmldom') as typeof import('@xmldom/xmldom');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

describe.concurrent('formats', () => {
  it('sarif', async () => {
    const r = await govlint([...PACK_ONLY, '-f', 'sarif', file], { cwd });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['cli/balance', 'cli/click-count', 'cli/contact-colon']);
    expect(run.tool.driver.rules[0].helpUri).toMatch(new RegExp(`${DOCS.source}balance\\.md$`));
    expect(run.results.map((x: { level: string }) => x.level).sort()).toEqual(['error', 'note', 'warning', 'warning', 'warning', 'warning']);
    const error = run.results.find((x: { level: string }) => x.level === 'error');
    expect(error.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'r.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 287, startColumn: 1 } });
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
  });

  it('github', async () => {
    const r = await govlint([...PACK_ONLY, '-f', 'github', file], { cwd });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines).toContain(`::error file=r.txt,line=287,col=1,endLine=287,endColumn=3,title=govlint cli/balance::表三总计列：第一项加第二项（61 + 3）应等于第三项加第四项（65 + 2）`);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
  });

  it('checkstyle', async () => {
    const r = await govlint([...PACK_ONLY, '-f', 'checkstyle', file], { cwd });
    const doc = parseXml(r.stdout);
    const errors = doc.getElementsByTagName('error');
    expect(errors.length).toBe(6);
    expect(errors[errors.length - 1].getAttribute('line')).toBe(String(lastLine)); // sorted by position
    expect([...Array.from({ length: errors.length }, (_, i) => errors[i].getAttribute('severity'))]).toContain('info');
  });

  it('junit', async () => {
    const r = await govlint([...PACK_ONLY, '-f', 'junit', file], { cwd });
    const doc = parseXml(r.stdout);
    const suites = doc.getElementsByTagName('testsuites')[0];
    expect(suites.getAttribute('tests')).toBe('6');
    expect(suites.getAttribute('failures')).toBe('1');
    expect(doc.getElementsByTagName('failure')[0].getAttribute('type')).toBe('cli/balance');
  });
});
