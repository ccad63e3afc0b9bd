import { describe, expect, it } from 'vitest';
import { lineIndex } from '../util/position.js';
import type { Line } from './lines.js';
import { bodyFrom, findPeriod, findPublicationDate, findTitle, inferBodyType, inferYear } from './meta.js';

function linesOf(text: string): Line[] {
  let offset = 0;
  return text.split('\n').flatMap((t) => {
    const start = offset;
    const line: Line = { text: t, start, end: start + t.length, at: (k) => start + k };
    offset += t.length + 1;
    return t ? [line] : [];
  });
}

describe('body', () => {
  it.each([
    ['现公开骊山街道办事处2024年政府信息公开工作年度报告,本报告…', '骊山街道办事处'],
    ['…规定,向社会公布2024年锦屏县大同乡人民政府信息公开工作年度报告。', '锦屏县大同乡人民政府'],
    ['《国务院办公厅…关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》…公布2024年锦屏县大同乡人民政府信息公开工作年度报告', '锦屏县大同乡人民政府'],
    ['西工区人民政府办公室 2024 年政府信息公开工作年度报告', '西工区人民政府办公室'],
    ['辽东街道办事处信息公开工作年度报告', '辽东街道办事处'],
    ['淄博市博山区人民政府2024年政府信息公开工作年度报告', '淄博市博山区人民政府'],
    ['2023年北京市政府信息公开工作年度报告', '北京市'],
    ['漳平市审计局2025年政府信息公开工作的年度报告', '漳平市审计局'],
    ['本局高度重视政务公开工作。', null],
  ])('%s → %s', (text, body) => {
    expect(bodyFrom(text)).toBe(body);
  });

  it.each([
    ['骊山街道办事处', 'subdistrict'],
    ['锦屏县大同乡人民政府', 'township'],
    ['上海市普陀区长征镇人民政府', 'township'],
    ['西工区人民政府办公室', 'office'],
    ['淄博市博山区人民政府', 'government'],
    ['北京市', 'government'],
    ['漳平市审计局', 'department'],
    ['兴安盟审计局', 'department'],
    ['安庆市招商中心', 'department'],
    ['某某', 'unknown'],
  ])('%s is a %s', (body, type) => {
    expect(inferBodyType(body)).toBe(type);
  });
});

describe('period (Appendix B)', () => {
  it.each([
    ['本报告所列数据的统计期限自2024年1月1日至2024年12月31日。', '统计期限', 2024, 2024, '12-31'],
    ['统计时限为2024年1月1日至2024年12月31日。', '统计时限', 2024, 2024, '12-31'],
    ['报告中所列数据的统计期限自2024年1月1日起,至2024年12月31日止。', '统计期限', 2024, 2024, '12-31'],
    ['本报告中所列数据统计期限从2022年1月1日到12月31日止。', '统计期限', 2022, null, '12-31'],
    ['统计期限为 2023 年 1 月 1 日至 2023 年 11 月 30 日。', '统计期限', 2023, 2023, '11-30'],
    ['本报告的统计数据时间段为2024年1月1日至2024年12月31日。', '统计数据时间段', 2024, 2024, '12-31'],
  ])('%s', (text, term, startYear, endYear, endMonthDay) => {
    const p = findPeriod(linesOf(`x\n${text}`), lineIndex(`x\n${text}`));
    expect(p).toMatchObject({ term, startYear, endYear, startMonthDay: '01-01', endMonthDay, span: { start: { line: 2 } } });
  });

  it('none', () => {
    expect(findPeriod(linesOf('本年度，共处理依申请公开30件。'), lineIndex('本年度，共处理依申请公开30件。'))).toBeNull();
  });
});

describe('title, publication date, year', () => {
  it('a 标题: row, else a short line before the first heading', () => {
    const a = '标题: | 某区人民政府2024年政府信息公开工作年度报告 | ||\n一、总体情况';
    expect(findTitle(linesOf(a), [], a.indexOf('一、'), lineIndex(a))).toMatchObject({ value: '某区人民政府2024年政府信息公开工作年度报告', span: { start: { line: 1, column: 7 } } });
    const b = '\n某局 2024 年政府信息公开工作年度报告\n一、总体情况';
    expect(findTitle(linesOf(b), [], b.indexOf('一、'), lineIndex(b))).toMatchObject({ value: '某局2024年政府信息公开工作年度报告', text: '某局 2024 年政府信息公开工作年度报告' });
    const c = '根据条例，现公布某局2024年政府信息公开工作年度报告。\n一、总体情况';
    expect(findTitle(linesOf(c), [], c.indexOf('一、'), lineIndex(c))).toBeNull();
  });

  it('发布日期 wins over 成文日期; the sign-off date is the last resort', () => {
    const a = '成文日期：2025年1月20日\n发布日期:2025-1-27 点击数:\n一、总体情况';
    expect(findPublicationDate(linesOf(a), [], a.indexOf('一、'), lineIndex(a))).toMatchObject({ value: '2025-01-27', text: '2025-1-27', span: { start: { line: 2, column: 6 } } });
    const b = '一、总体情况\n六、其他需要报告的事项\n无。\n某局\n2025年1月20日';
    expect(findPublicationDate(linesOf(b), [], b.indexOf('六、'), lineIndex(b))).toMatchObject({ value: '2025-01-20', span: { start: { line: 5 } } });
  });

  it('year: title, else period, else the opening, else the most frequent in part 一', () => {
    const L = (t: string) => linesOf(t);
    expect(inferYear({ value: '', text: '某局2023年政府信息公开工作年度报告', span: null as never }, null, [], [])).toBe(2023);
    expect(inferYear(null, null, L('现公布2022年度政府信息公开工作年度报告'), [])).toBe(2022);
    expect(inferYear(null, null, [], L('2021年，我局…\n2021年共…\n2020年以来…'))).toBe(2021);
    expect(inferYear(null, null, [], [])).toBeNull();
  });
});
