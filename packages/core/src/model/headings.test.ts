import { describe, expect, it } from 'vitest';
import { findInlineHeadings, matchHeading } from './headings.js';

const inline = (s: string) => findInlineHeadings(s, 0, s.length).map((h) => [s.slice(h.start, h.end), h.key]);

describe('matchHeading', () => {
  it('a near miss without 情况/事项 in it still has its numeral ("…改进措施"); 七 numbers an extra part', () => {
    expect(matchHeading('五、存在的主要问题及改进措施')).toMatchObject({ key: 'problems', match: 'near' });
    expect(matchHeading('七、其他需要报告的事项')).toMatchObject({ key: 'other', match: 'near' });
    expect(matchHeading('四、结转下年度继续办理')).toBeNull();
  });

  it('a title reworded at its end, with its own numeral, is that part (…及整改措施); a wrong numeral or other words are not', () => {
    expect(matchHeading('五、存在的主要问题及整改措施')).toMatchObject({ key: 'problems', match: 'near' });
    expect(matchHeading('三、收到和处理政府信息公开申请的情况说明')).toMatchObject({ key: 'requests', match: 'near' });
    expect(matchHeading('二、存在的主要问题及整改措施')).toBeNull();
    expect(matchHeading('五、存在问题')).toBeNull();
    expect(matchHeading('三、本年新收政府信息公开申请数量')).toBeNull();
  });
});

describe('findInlineHeadings', () => {
  it('exact titles, variants and near misses inside a line, each cut where its title ends', () => {
    const s = '如有疑问请联系。一、总体情况2024年，全年公开。二、主动公开政府信息情况第二十条第(一)项行政事业性收费0四、政府信息公开行政复议与行政诉讼情况行政复议0五、存在的主要问题及改进措施(一)存在问题';
    expect(inline(s)).toEqual([
      ['一、总体情况', 'overview'],
      ['二、主动公开政府信息情况', 'proactive'],
      ['四、政府信息公开行政复议与行政诉讼情况', 'appeals'],
      ['五、存在的主要问题及改进措施', 'problems'],
    ]);
  });

  it('a misnumbered part and a part the template does not have (the 2025 fee table as part 五)', () => {
    expect(inline('000000000000000五、信息处理费收取情况通知收取件数000六、存在的主要问题及改进措施2025年，我局')).toEqual([
      ['五、信息处理费收取情况', null],
      ['六、存在的主要问题及改进措施', 'problems'],
    ]);
  });

  it('never table 三 row labels, ordinals or a list of part names', () => {
    expect(inline('(七)总计620000062四、结转下年度继续办理2000002')).toEqual([]);
    expect(inline('第十一、总体情况')).toEqual([]);
    expect(inline('报告包括：一、总体情况，二、主动公开政府信息情况，共六个部分。')).toEqual([]);
    // Only a heading exactly as the template writes it may follow a word (a title run into the heading).
    expect(inline('年度报告一、总体情况(一)主动公开')).toEqual([['一、总体情况', 'overview']]);
    expect(inline('我们认为五、存在的主要问题及改进措施')).toEqual([]);
  });
});
