import { describe, expect, it } from 'vitest';
import { parseSource } from './yaml-source.js';
import { ConfigError } from '../config/errors.js';

/** The message a config author sees for `text` in a file named `name` (zh, and en with `en`). */
function problem(name: string, text: string, lang: 'zh' | 'en' = 'zh'): string {
  try {
    parseSource(text, `/c/${name}`);
  } catch (error) {
    if (error instanceof ConfigError) return error.format(lang);
    throw error;
  }
  return 'no error';
}

describe('syntax errors in plain words, with the line', () => {
  it.each([
    ['.govlintrc.yaml', 'root: true\nrules: [unclosed\n', '/c/.govlintrc.yaml:3:1: YAML 语法错误：[ 没有用 ] 闭合（或其后的行缩进不够）'],
    ['.govlintrc.yaml', 'rules:\n\tx: 1\n', '/c/.govlintrc.yaml:2:1: YAML 语法错误：用了制表符缩进：YAML 只能用空格缩进'],
    ['.govlintrc.yaml', 'a: 1\na: 2\n', '/c/.govlintrc.yaml:2:1: YAML 语法错误：同一个键写了两次'],
    ['.govlintrc.json', '{"rules": {"a": "error",}}', '/c/.govlintrc.json:1:25: JSON 语法错误：多余的逗号：JSON 的最后一项后面不能有逗号'],
    ['.govlintrc.json', '{"rules": {"a": "error"}', '/c/.govlintrc.json:1:25: JSON 语法错误：文件在结构结束前就结束了：缺少 } 或 ]'],
    ['.govlintrc.json', "{'rules': {}}", '/c/.govlintrc.json:1:2: JSON 语法错误：JSON 的字符串和键要用双引号，不能用单引号'],
    ['.govlintrc.json', '{"a": 1 "b": 2}', '/c/.govlintrc.json:1:9: JSON 语法错误：两项之间缺少逗号'],
    ['.govlintrc.json', '{\n  // 注释\n  "a": 1\n}', '/c/.govlintrc.json:2:3: JSON 语法错误：JSON 不能有注释：改用 .govlintrc.yaml 可以写注释'],
  ])('%s: %j', (name, text, expected) => {
    expect(problem(name, text)).toBe(expected);
  });

  it('says it in English too, and accepts what YAML accepts in a .yaml file', () => {
    expect(problem('.govlintrc.yaml', 'a: 1\na: 2\n', 'en')).toBe('/c/.govlintrc.yaml:2:1: YAML syntax error: the same key appears twice');
    expect(problem('.govlintrc.yaml', '{"rules": {"a": "error",}}')).toBe('no error');
    expect(problem('.govlintrc.json', '{"rules": {"a": "error"}}')).toBe('no error');
  });
});
