// The files `govlint init-pack` writes: a pack that passes `govlint check-pack` as it is, with one example rule
// (and its word list) to copy from, a test for `npm test`, and a README. Pure: file path → content.

export interface ScaffoldOptions {
  /** Pack name (pack.yaml `name`, package.json `name`). */
  name: string;
  /** Rule id prefix; the example rule is `<namespace>/contact`. */
  namespace: string;
  /** Version of govlint, for the package.json ranges. */
  version: string;
}

/** Namespace from a folder name: `zibo-rules` → `zibo`; undefined when nothing usable is left (a Chinese name). */
export function namespaceFrom(folder: string): string | undefined {
  const ns = folder
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^(?:govlint-)?(?:rules-|pack-)?/, '')
    .replace(/-(?:rules|pack)$/, '')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9][a-z0-9-]*$/.test(ns) ? ns : undefined;
}

export const NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Relative path → file content. */
export function scaffoldPack({ name, namespace, version }: ScaffoldOptions): Record<string, string> {
  const schemas = (depth: number) => `${'../'.repeat(depth) || './'}node_modules/@govlint/core/schemas`;
  const range = `^${version}`;
  return {
    'pack.yaml': `# yaml-language-server: $schema=${schemas(0)}/pack.schema.json
# 规则包清单。字段说明：https://github.com/govlint/govlint/blob/main/docs/rule-format.md
name: ${JSON.stringify(name)}
version: 0.1.0
description:
  zh: ${name}：在全国规则包之上增加的本地规则
  en: "${name}: local rules on top of the national pack"
${`namespace: ${namespace}`.padEnd(39)}# 规则 id 以 "${namespace}/" 开头，规则文件放在 rules/${namespace}/ 下
extends: ["@govlint/rules-national"]   # 先加载全国规则包，本包的规则加在其上
rules: rules
vocab: vocab                           # 词表：vocab/<名称>.txt，规则中写作 vocab:<名称>
# docsBase: https://example.gov.cn/govlint/rules/   # 文档页网址前缀（docsBase + 规则 id + .md）
# levels:                              # 调整继承来的规则的级别：error | warning | info | off
#   noise/placeholder: off
# settings:                            # 默认设置，例如本地发布期限（按机关类型）
#   deadlines: { township: "02-20" }
`,
    [`rules/${namespace}/contact.yaml`]: `# yaml-language-server: $schema=${schemas(3)}/rule.schema.json
# 示例规则：开头应写明咨询联系方式。复制本文件来写新规则；examples 就是规则的测试。
id: ${namespace}/contact
type: occurrence
level: warning
description:
  zh: 开头应写明咨询联系方式（电话或电子邮箱）
  en: The opening gives a contact (telephone or e-mail) for questions about the report
sources: ["（在此写明依据，例如本地通知的文号）"]
scope: opening
tokens: [vocab:contact]
min: 1
messages:
  tooFew: { zh: 开头未写明咨询联系方式（电话或电子邮箱）, en: The opening gives no contact (telephone or e-mail) }
examples:
  valid:
    - text: |
        本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问，请联系区政府办公室（电话：0533-0000000）。
        一、总体情况
  invalid:
    - text: |
        本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。
        一、总体情况
      errors: [{ line: 1, column: 1, messageId: tooFew }]
`,
    'vocab/contact.txt': `# 联系方式的写法，每行一个（# 后为注释）。规则中写作 vocab:contact
电话
联系电话
电子邮箱
邮箱
联系方式
`,
    'test/examples.test.mjs': `// Runs every example of every rule of this pack (npm test): the same check as \`govlint check-pack .\`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatFailure, runPackExamples } from '@govlint/core';

const pack = fileURLToPath(new URL('..', import.meta.url));

test('every example of every rule', async () => {
  const results = await runPackExamples(pack);
  assert.ok(results.length > 0, 'the pack has no examples');
  assert.deepEqual(results.filter((r) => !r.ok).map(formatFailure), []);
});
`,
    'package.json': `${JSON.stringify(
      {
        name,
        version: '0.1.0',
        private: true,
        type: 'module',
        files: ['pack.yaml', 'rules', 'vocab', 'docs'],
        scripts: { test: 'node --test', check: 'govlint check-pack .', docs: 'govlint docs .' },
        peerDependencies: { '@govlint/rules-national': range },
        devDependencies: { '@govlint/cli': range, '@govlint/core': range, '@govlint/rules-national': range },
      },
      null,
      2,
    )}\n`,
    'README.md': `# ${name}

govlint 规则包：在全国规则包 \`@govlint/rules-national\` 之上增加本地规则。规则 id 以 \`${namespace}/\` 开头。

## 目录

| 路径 | 内容 |
| --- | --- |
| \`pack.yaml\` | 规则包清单：名称、命名空间、继承的规则包、级别调整（\`levels\`）、默认设置（\`settings\`） |
| \`rules/${namespace}/*.yaml\` | 每个文件一条规则；\`examples\` 是规则的测试和文档示例 |
| \`vocab/*.txt\` | 词表，每行一个词，规则中写作 \`vocab:<名称>\` |
| \`test/examples.test.mjs\` | \`npm test\`：运行所有示例 |

## 检查与测试

\`\`\`sh
npm install                      # 安装 @govlint/cli 等开发依赖
npx govlint check-pack .         # 校验清单和规则文件（报错带 文件:行:列），并运行全部示例
npm test                         # 同样运行全部示例（node --test）
npx govlint docs .               # 生成 docs/rules/<规则 id>.md 文档页
\`\`\`

## 使用

在报告目录的 \`.govlintrc.yaml\` 中：

\`\`\`yaml
root: true
extends: ["@govlint/rules-national", "./path/to/${name}"]   # 或发布后的 npm 包名
rules:
  noise/placeholder: off         # 可以按 id 调整任何已加载规则（包括全国规则）的级别
\`\`\`

教程：https://github.com/govlint/govlint/blob/main/docs/write-a-pack.md
`,
  };
}
