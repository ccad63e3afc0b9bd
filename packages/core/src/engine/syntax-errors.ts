// A YAML or JSON syntax error in words a config author reads without knowing the parser: what is wrong, in
// Chinese (or English), and where. The parser's own sentence is English and speaks of its internals
// ("Flow sequence in block collection must be sufficiently indented…"), so it is not shown.
import type { LocalizedText } from './types.js';

/** Plain explanations of the yaml library's error codes; a code not listed gets the generic sentence. */
const YAML_REASONS: Record<string, LocalizedText> = {
  BAD_INDENT: { zh: '缩进不对：同一层的键要对齐，下一层要多缩进', en: 'wrong indentation: keys of one level must line up, the next level goes further in' },
  TAB_AS_INDENT: { zh: '用了制表符缩进：YAML 只能用空格缩进', en: 'a tab used for indentation: YAML indents with spaces only' },
  MISSING_CHAR: { zh: '缺少配对的符号：] 、 } 或引号没有闭合', en: 'a closing ], } or quote is missing' },
  UNEXPECTED_TOKEN: { zh: '这里出现了不该出现的符号', en: 'a character that does not belong here' },
  BLOCK_AS_IMPLICIT_KEY: { zh: '键的写法不对：冒号前后的位置或缩进有误', en: 'a key written wrongly: check the colon and the indentation' },
  MULTILINE_IMPLICIT_KEY: { zh: '键不能跨行：冒号要和键在同一行', en: 'a key cannot span lines: put the colon on the key\'s line' },
  DUPLICATE_KEY: { zh: '同一个键写了两次', en: 'the same key appears twice' },
  BAD_DQ_ESCAPE: { zh: '双引号字符串里有无效的转义（如单个反斜杠）：改用单引号', en: 'an invalid escape in a double-quoted string (a lone backslash?): use single quotes' },
  BAD_SCALAR_START: { zh: '值不能以这个符号开头：请给值加上引号', en: 'a value cannot start with this character: put it in quotes' },
  BLOCK_IN_FLOW: { zh: '方括号或花括号里不能换行写成块结构', en: 'block structure inside [ ] or { }' },
  MULTIPLE_DOCS: { zh: '文件里有多个 YAML 文档（---）：只能有一个', en: 'more than one YAML document (---): only one is allowed' },
  BAD_ALIAS: { zh: '引用（*名称）无效', en: 'an invalid alias (*name)' },
};

export function yamlReason(code: string | undefined, message = ''): LocalizedText {
  // An unclosed [ or { is reported as an indentation problem of the lines after it: name the bracket instead.
  const flow = /Flow (sequence|mapping)/.exec(message);
  if (code === 'BAD_INDENT' && flow) {
    const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
    return { zh: `${open} 没有用 ${close} 闭合（或其后的行缩进不够）`, en: `a ${open} is not closed with ${close} (or the lines after it are not indented enough)` };
  }
  return (code && YAML_REASONS[code]) || { zh: '写法不合 YAML 语法', en: 'not valid YAML' };
}

export interface JsonProblem {
  reason: LocalizedText;
  line: number;
  column: number;
}

/** The first JSON syntax error of `text` explained, or null when it is valid JSON. */
export function jsonProblem(text: string): JsonProblem | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).replace(/\s+$/, '');
    const here = text[offset];
    let reason: LocalizedText;
    if (offset >= text.trimEnd().length) reason = { zh: '文件在结构结束前就结束了：缺少 } 或 ]', en: 'the file ends before the structure does: a } or ] is missing' };
    else if ((here === '}' || here === ']') && before.endsWith(',')) reason = { zh: '多余的逗号：JSON 的最后一项后面不能有逗号', en: 'a trailing comma: JSON allows none after the last item' };
    else if (here === "'") reason = { zh: 'JSON 的字符串和键要用双引号，不能用单引号', en: 'JSON strings and keys take double quotes, not single ones' };
    else if (here === '/' ) reason = { zh: 'JSON 不能有注释：改用 .govlintrc.yaml 可以写注释', en: 'JSON has no comments (a .govlintrc.yaml may have them)' };
    else if (/[A-Za-z_\u4e00-\u9fff]/.test(here ?? '') && /[{,]$/.test(before)) reason = { zh: 'JSON 的键要加双引号', en: 'JSON keys take double quotes' };
    else if (/["\d\]}]$|true$|false$|null$/.test(before)) reason = { zh: '两项之间缺少逗号', en: 'a comma is missing between two items' };
    else reason = { zh: '这里出现了不合 JSON 语法的符号', en: 'a character JSON does not allow here' };
    const lines = text.slice(0, offset).split('\n');
    return { reason, line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
}
