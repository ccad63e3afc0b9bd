import { describe, expect, it } from 'vitest';
import { checkScope, splitSentences } from './scopes.js';

describe('splitSentences', () => {
  it('splits on 。；;！？ and line ends, keeping offsets and terminators', () => {
    const text = '收到申请61件。办结62件；结转2件\n其中予以公开40件！好？';
    expect(splitSentences([{ text, start: 100 }]).map((s) => [s.text, s.start])).toEqual([
      ['收到申请61件。', 100],
      ['办结62件；', 108],
      ['结转2件', 114],
      ['其中予以公开40件！', 119],
      ['好？', 129],
    ]);
  });
});

describe('checkScope', () => {
  it('knows the scopes and the six parts', () => {
    expect(['all', 'prose', 'opening', 'title', 'headings', 'tables', 'lines', 'section:other', 'section-body:overview'].map(checkScope)).toEqual(Array(9).fill(null));
    expect(checkScope('section:misc')).toMatch(/unknown part "misc"/);
    expect(checkScope('body')).toMatch(/unknown scope "body"/);
  });
});
