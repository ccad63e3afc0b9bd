// Message templates: `{{name}}` placeholders filled from a finding's data, in zh or en. Core's own messages
// (reader failures, crashed rules, unused directives) live here too, so every user-facing text is in one place.
import type { Lang } from './diagnostic.js';

export interface Texts {
  zh: string;
  en?: string;
}

export const CORE_MESSAGES = {
  crash: { zh: '规则执行出错：{{reason}}', en: 'the rule failed: {{reason}}' },
  timeout: { zh: '规则脚本运行超过 {{ms}} 毫秒，已中止', en: 'the rule script ran longer than {{ms}} ms and was stopped' },
  notAReport: { zh: '不是政府信息公开工作年度报告', en: 'not an annual report on government information disclosure' },
  unreadable: { zh: '无法读取文件：{{reason}}', en: 'cannot read the file: {{reason}}' },
  readFailed: { zh: '无法解析文件：{{reason}}', en: 'cannot parse the file: {{reason}}' },
  emptyFile: { zh: '文件没有内容', en: 'the file is empty' },
  tooLarge: {
    zh: '文件过大（{{size}}，上限 {{limit}}），未检查；确需检查时用 --max-file-size 调高上限',
    en: 'file too large ({{size}}, the limit is {{limit}}): not linted; raise the limit with --max-file-size',
  },
  configOthersCanWrite: {
    zh: '未使用配置文件 {{file}}：它或它所在的目录其他用户可写（如 /tmp），可能是别人放的；确需使用请用 -c 指定',
    en: 'config {{file}} not used: it or its folder is writable by other users (like /tmp), so anyone could have put it there; name it with -c to use it',
  },
  configOtherOwner: {
    zh: '未使用配置文件 {{file}}：它属于其他用户；确需使用请用 -c 指定',
    en: 'config {{file}} not used: it belongs to another user; name it with -c to use it',
  },
  unusedDirective: { zh: '未起作用的 govlint-{{kind}} 指令{{rules}}：没有需要屏蔽的问题', en: 'unused govlint-{{kind}} directive{{rules}}: nothing was suppressed' },
} satisfies Record<string, Required<Texts>>;

export type CoreMessageId = keyof typeof CORE_MESSAGES;

export function localize(texts: Texts, lang: Lang): string {
  return lang === 'en' ? (texts.en ?? texts.zh) : texts.zh;
}

/** Fill `{{name}}`; an unknown name stays visible (the RuleTester flags it) rather than vanishing. */
export function renderTemplate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const v = data?.[name];
    return v === undefined ? whole : String(v);
  });
}

export function coreMessage(id: CoreMessageId, lang: Lang, data?: Record<string, string | number>): string {
  return renderTemplate(localize(CORE_MESSAGES[id], lang), data);
}
