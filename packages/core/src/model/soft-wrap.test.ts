import { describe, expect, it } from 'vitest';
import { softWraps } from './soft-wrap.js';

describe('softWraps', () => {
  it('joins the lines of a paragraph wrapped at a fixed width, not its last line', () => {
    expect(softWraps(['报告中所列数据的统计期限自2024年1月1日起，至', '2024年12月31日止。如对报告内容有疑问，请', '与办公室联系。'])).toEqual([true, true, false]);
  });

  it('joins a line that the next one continues with closing punctuation, whatever its width', () => {
    expect(softWraps(['一是把握公开重点', '。及时规范公开机构职能、政策文件等法定基础信息'])).toEqual([true, false]);
  });

  it('keeps separate lines of different lengths, headings, and items after a finished sentence', () => {
    expect(softWraps(['西工区人民政府办公室', '2024 年政府信息公开工作年度报告'])).toEqual([false, false]);
    expect(softWraps(['全年共收到政府信息公开申请61件，办结答复62件，', '三、收到和处理政府信息公开申请情况'])).toEqual([false, false]);
    expect(softWraps(['全年主动公开各类政府信息共计6600余条，重点领域信息。', '（二）规范依申请公开，保障群众依法获取政府信息'])).toEqual([false, false]);
    expect(softWraps(['索引号：113703040042180156/2025-55', '发布机构：博山区人民政府办公室', '标题：博山区2024年政府信息公开工作年度报告'])).toEqual([false, false, false]);
  });

  it('does not take whole paragraphs per line for a wrap (one long line among short ones, or lines too long)', () => {
    expect(softWraps(['索引号：11370304', '本年度报告根据《中华人民共和国政府信息公开条例》要求编制，内容包括总体情况等六个部分', '发文日期：2025'])).toEqual([false, false, false]);
    expect(softWraps(['一'.repeat(120), '二'.repeat(118)])).toEqual([false, false]);
  });
});
