// The --timing table: the slowest rules first (ties by id), shares of the rules' total, then the stages.
import { describe, expect, it } from 'vitest';
import { addTiming, emptyTiming, formatTiming } from './timing.js';

function totals() {
  const t = emptyTiming();
  addTiming(t, { parse: 10, load: 2, rules: 3, report: 0.5, perRule: { '(gates)': 0.5, 'a/slow': 1.5, 'b/fast': 0.25 } });
  addTiming(t, { parse: 10, load: 0, rules: 2, report: 0.5, perRule: { '(gates)': 0.5, 'a/slow': 0.5, 'c/tie': 0.25 } });
  // A result from the cache has no stats: not a file the rules saw.
  addTiming(t, undefined);
  return t;
}

describe('formatTiming', () => {
  it('lists the rules by time with their share, then the stages (zh)', () => {
    expect(formatTiming(totals(), 10, 'zh')).toBe(
      [
        '规则耗时（2 个文件，毫秒）',
        '规则              时间      占比',
        'a/slow           2.000     57.1%',
        '(gates)          1.000     28.6%',
        'b/fast           0.250      7.1%',
        'c/tie            0.250      7.1%',
        '阶段：读取与建模 20.000 ms · 加载规则引擎与脚本 2.000 ms · 规则 5.000 ms（为读取与建模的 25.0%）· 生成报告 1.000 ms',
        '',
      ].join('\n'),
    );
  });

  it('shows the N slowest and says how many more there are (en)', () => {
    const lines = formatTiming(totals(), 2, 'en').split('\n');
    expect(lines.slice(0, 4)).toEqual(['Rule timing (2 file(s), ms)', 'Rule              Time  Relative', 'a/slow           2.000     57.1%', '(gates)          1.000     28.6%']);
    expect(lines[4]).toBe('… 2 more rule(s) (GOVLINT_TIMING=all shows all)');
    expect(lines[5]).toMatch(/^Stages: reading and modelling 20\.000 ms · loading the rule engine and scripts 2\.000 ms · rules 5\.000 ms \(25\.0% of reading/);
  });

  it('says so when no file went through the rules', () => {
    const t = emptyTiming();
    addTiming(t, undefined);
    expect(formatTiming(t, Infinity, 'zh')).toBe('没有文件经过检查（结果都来自 --cache，或文件无法读取），没有耗时可报\n');
  });
});
