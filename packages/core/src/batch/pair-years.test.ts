import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairPreviousYears, parseBodyYear } from './pair-years.js';

describe('parseBodyYear', () => {
  it('reads body and year from either title order', () => {
    expect(parseBodyYear('标题: | 淄博市博山区人民政府2024年政府信息公开工作年度报告 | ||')).toEqual({ body: '淄博市博山区人民政府', year: 2024 });
    expect(parseBodyYear('\n\n西工区人民政府办公室 2024 年政府信息公开工作年度报告\n')).toEqual({ body: '西工区人民政府办公室', year: 2024 });
    expect(parseBodyYear('# 2022年长征镇人民政府政府信息公开工作年度报告')).toEqual({ body: '长征镇人民政府', year: 2022 });
    expect(parseBodyYear('一、总体情况')).toBeNull();
  });
});

describe('pairPreviousYears', () => {
  it('pairs consecutive years of the same body and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-pairs-'));
    const write = (name: string, title: string) => {
      writeFileSync(join(dir, name), `${title}\n一、总体情况\n`);
      return join(dir, name);
    };
    const a23 = write('a23.txt', '甲区人民政府2023年政府信息公开工作年度报告');
    const a24 = write('a24.txt', '甲区人民政府2024年政府信息公开工作年度报告');
    const a22 = write('a22.txt', '甲区人民政府2022年政府信息公开工作年度报告');
    const b24 = write('b24.txt', '乙街道办事处2024年政府信息公开工作年度报告');
    const c24 = write('c24.md', '# 丙局2024年政府信息公开工作年度报告');
    const c24bis = write('c24bis.md', '# 丙局2024年政府信息公开工作年度报告');
    const c23 = write('c23.md', '# 丙局2023年政府信息公开工作年度报告');
    const pairs = await pairPreviousYears([a23, a24, a22, b24, c24, c24bis, c23]);
    expect(Object.fromEntries([...pairs].map(([k, v]) => [k.slice(dir.length + 1), v.slice(dir.length + 1)]))).toEqual({
      'a24.txt': 'a23.txt',
      'a23.txt': 'a22.txt',
    });
  });

  it('pairs with the reports of another folder when given them (--previous-dir)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-pairs-dir-'));
    const write = (name: string, title: string) => {
      writeFileSync(join(dir, name), `${title}\n一、总体情况\n`);
      return join(dir, name);
    };
    const a24 = write('a24.txt', '甲区人民政府2024年政府信息公开工作年度报告');
    const a24bis = write('a24bis.txt', '甲区人民政府2024年政府信息公开工作年度报告');
    const b24 = write('b24.txt', '乙街道办事处2024年政府信息公开工作年度报告');
    const a23 = write('last-a.txt', '甲区人民政府2023年政府信息公开工作年度报告');
    const b22 = write('last-b.txt', '乙街道办事处2022年政府信息公开工作年度报告');
    // Two of this year's reports of one body each get last year's; a body two years back gets none.
    expect(await pairPreviousYears([a24, a24bis, b24], [a23, b22])).toEqual(new Map([[a24, a23], [a24bis, a23]]));
  });
});
