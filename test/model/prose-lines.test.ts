// Prose lines are the clean text of paragraphs and headings (no Markdown markers, HTML tags or entities, no
// layout line breaks inside a PDF paragraph), and every character still maps to its place in Document.text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../packages/core/src/extract.js';
import { proseLines } from '../../packages/core/src/model/lines.js';
import { readFileSync } from 'node:fs';

const FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'];
const WS = /[\s\u00a0]/;

describe.each(['seed-004', 'seed-000'])('%s', (id) => {
  it.each(FORMATS)(`${id}.%s: every character of every prose line maps onto itself in the source`, async (ext) => {
    const path = `test/fixtures/formats/${id}.${ext}`;
    const { document } = await extract(readFileSync(path), path);
    const lines = proseLines(document);
    expect(lines.length).toBeGreaterThan(15);
    const wrong: string[] = [];
    let entities = 0;
    for (const line of lines) {
      let last = -1;
      for (let k = 0; k < line.text.length; k++) {
        const at = line.at(k);
        const src = document.text[at];
        // Offsets only move forward.
        if (at < last) wrong.push(`${line.text.slice(0, 12)}… [${k}] goes back`);
        last = at;
        if (src === line.text[k]) continue;
        // An HTML entity stands for its character; a space of collapsed HTML whitespace ("1.&nbsp;&nbsp; ")
        // may have no character of its own in the source.
        if (ext === 'html' && src === '&') entities++;
        else if (!(ext === 'html' && WS.test(line.text[k]))) wrong.push(`${line.text.slice(0, 12)}… [${k}] ${line.text[k]} ≠ ${src}`);
      }
      // The line's end is just past its last character.
      if (document.text[line.end - 1] !== line.text.at(-1) && document.text[line.end - 1] !== ';') wrong.push(`${line.text.slice(0, 12)}… ends at ${document.text[line.end - 1]}`);
    }
    expect(wrong).toEqual([]);
    if (ext === 'html' && id === 'seed-004') expect(entities).toBeGreaterThan(0); // &lt;…&gt; in part 六
  });
});

it('the Markdown title comes without its "#", the PDF title whole although it wraps', async () => {
  const title = async (ext: string): Promise<string | undefined> => {
    const path = `test/fixtures/formats/seed-004.${ext}`;
    return (await extract(readFileSync(path), path)).model.meta.title?.text;
  };
  for (const ext of ['md', 'html', 'docx', 'pdf']) expect({ ext, title: await title(ext) }).toEqual({ ext, title: '淄博市博山区人民政府2024年政府信息公开工作年度报告' });
});
