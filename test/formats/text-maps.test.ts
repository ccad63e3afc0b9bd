// Text rules read HTML as a reader does: a figure split by a tag (“申请<span>60</span>件”) or by a line Word
// wrapped in the source (“予以公\n开41件”) is still found, and reported where it is in the HTML source. The
// same edits to the seed text give the same findings.
import { describe, expect, it } from 'vitest';
import { DocContext } from '../../packages/core/src/engine/doc-context.js';
import { clearCaches } from '../../packages/core/src/util/disk-caches.js';
import { scriptContext } from '../../packages/core/src/engine/script-context.js';
import { hits } from '../../packages/core/src/engine/text-match.js';
import { extract } from '../../packages/core/src/extract.js';
import { lintText } from '../../packages/core/src/lint.js';
import { pointAt, lineIndex } from '../../packages/core/src/util/position.js';
import { fixtureText } from './helpers.js';

const HTML = fixtureText('seed-004.html');
const national = { noConfig: true };

function clearPacks(): void {
  clearCaches();
}

/** The seed's HTML with one edit; the position of `mark` (its first occurrence after the edit) as line:column. */
function edited(from: string, to: string, mark: string): { html: string; at: string } {
  if (!HTML.includes(from)) throw new Error(`seed-004.html changed: "${from}" not found`);
  const html = HTML.replace(from, to);
  const p = pointAt(lineIndex(html), html.indexOf(mark, html.indexOf(to)));
  return { html, at: `${p.line}:${p.column}` };
}

async function findings(html: string): Promise<string[]> {
  const r = await lintText(html, '/virtual/report.html', national);
  return r.messages.map((m) => `${m.ruleId} ${m.span.start.line}:${m.span.start.column} ${m.message}`);
}

describe('text rules over HTML read through markup', () => {
  it('the untouched HTML has no finding (as the seed text has none of these)', async () => {
    expect(await findings(HTML)).toEqual([]);
  });

  it('a figure that disagrees with table 三 is found in plain HTML, behind a tag, and across a wrapped line', async () => {
    const plain = edited('政府信息公开申请61件', '政府信息公开申请60件', '60');
    expect(await findings(plain.html)).toEqual([`text/t3-figures ${plain.at} 正文称新收申请 60 件，表三为 61 件`]);
    const tagged = edited('政府信息公开申请61件', '政府信息公开申请</span><span lang=EN-US>60</span><span>件', '60');
    expect(await findings(tagged.html)).toEqual([`text/t3-figures ${tagged.at} 正文称新收申请 60 件，表三为 61 件`]);
    // The fixture is Word's HTML: CRLF line ends, lines wrapped in the middle of sentences.
    const wrapped = edited('其中予以公开40件\r\n', '其中予以公\r\n开41件\r\n', '41');
    expect(await findings(wrapped.html)).toEqual([`text/t3-figures ${wrapped.at} 正文称予以公开 41 件，表三为 40 件`]);
  });

  it('maps every character of a paragraph read through markup back to itself in the source', async () => {
    const { model } = await extract(new TextEncoder().encode(HTML), '/virtual/report.html');
    const doc = new DocContext(model, {}, 'zh');
    const mapped = doc.scope('prose').filter((s) => s.at);
    expect(mapped.length).toBeGreaterThan(5);
    for (const s of mapped) {
      for (let k = 0; k < s.text.length; k++) {
        const c = model.text[s.at!(k)];
        // The same character, or whitespace for whitespace (a collapsed run, a wrapped line), or an entity.
        if (c !== s.text[k]) expect(/\s/.test(c) && /\s/.test(s.text[k]) ? 'ws' : c, `${s.text.slice(0, 20)}… [${k}]`).toMatch(/^(ws|&)$/);
      }
    }
    // Scripts get source slices in either thread (the script worker gets a copy of the model, without maps).
    const script = scriptContext({ model, options: {}, settings: {}, lang: 'zh' }).helpers;
    for (const scope of ['prose', 'title', 'section:requests']) {
      const slices = script.scopeText(scope);
      expect(slices.length, scope).toBeGreaterThan(0);
      for (const s of slices) expect(s.text, scope).toBe(model.text.slice(s.start, s.start + s.text.length));
    }
    // The same paragraphs, from the same places.
    expect(script.scopeText('prose').map((s) => s.start)).toEqual(doc.scope('prose').map((s) => s.start));
    // A hit across a line Word wrapped: its text has no line break, its source range holds it.
    const wrapped = hits(/共收到政府信息公开申请/gu, mapped);
    expect(wrapped.map((h) => model.text.slice(h.start, h.end))).toEqual(['共收到\r\n政府信息公开申请']);
  });

  it('script rules report where the text is in the source too (helpers.textSpan), in this thread and in the script worker', async () => {
    // "…六个部分" becomes 八, and 报告 in the paragraph's first words is bold. The declaration the script finds
    // starts at the 共 of the first 共和国 (共 is one of its openers), after the <b> tags, and runs over a line Word
    // wrapped.
    const html = edited('事项六个部分', '事项八个部分', '八').html.replace('本年度报告根据', '本年度<b>报告</b>根据');
    const p = pointAt(lineIndex(html), html.indexOf('共和国', html.indexOf('本年度<b>')));
    const at = `${p.line}:${p.column}`;
    for (const thread of ['main', 'worker']) {
      process.env.GOVLINT_SCRIPT_THREAD = thread;
      // Where scripts run is decided when the packs load: load them anew for each.
      clearPacks();
      try {
        const r = await lintText(html, '/virtual/report.html', national);
        const found = r.messages.filter((m) => m.ruleId === 'structure/declared-parts').map((m) => `${m.span.start.line}:${m.span.start.column} ${m.message}`);
        expect(found, thread).toEqual([`${at} 开头称报告由 8 个部分组成，实际为 6 个部分`]);
      } finally {
        delete process.env.GOVLINT_SCRIPT_THREAD;
        clearPacks();
      }
    }
  });

  it('script rules read a part as its paragraphs: a fee statement that Word wrapped inside 信息处理费 still names its year', async () => {
    const { html, at } = edited('2024年全区各级行政机关在办理政府信息公开申请过程中,未收取信息处理费。', '2023年全区各级行政机关在办理政府信息公开申请过程中,未收取信息处\r\n理费。', '2023');
    const found = (await lintText(html, '/virtual/report.html', national)).messages.filter((m) => m.ruleId === 'wording/year-consistency');
    expect(found.map((m) => `${m.span.start.line}:${m.span.start.column} ${m.message}`)).toEqual([`${at} 信息处理费说明的年份 2023 与报告年度 2024 不一致`]);
  });

  it('a substitution read through markup is reported without a fix (it would delete the markup); a plain one keeps its fix', async () => {
    const { html } = edited('结转下年继续办理2件。', '结转下年继续办理2件。截止<b>2024</b>年底办结。截止2024年底全部办结。', '截止');
    const r = await lintText(html, '/virtual/report.html', national);
    const swaps = r.messages.filter((m) => m.ruleId === 'wording/jiezhi');
    expect(swaps.map((m) => [m.message, m.fix === undefined ? 'no fix' : html.slice(m.fix.range[0], m.fix.range[1]) + ' → ' + m.fix.text])).toEqual([
      ['“截止2024年”应为“截至2024年”：表示到某时为止用“截至”', 'no fix'],
      ['“截止2024年”应为“截至2024年”：表示到某时为止用“截至”', '截止2024年 → 截至2024年'],
    ]);
    // The first is reported where it starts in the source, the second right after the first's sentence.
    expect(swaps[0].span.start.offset).toBe(html.indexOf('截止<b>'));
    expect(swaps[1].span.start.offset).toBe(html.indexOf('截止2024'));
  });
});
