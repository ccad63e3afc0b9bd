// `govlint --help`, in Chinese by default and in English with --lang en.
import type { Lang } from '@govlint/core/runtime';
import type { Command } from './args.js';

const MAIN = {
  zh: `govlint：政府信息公开工作年度报告检查工具

用法：
  govlint [选项] [文件|目录|通配符…]      检查报告（目录递归查找 .md .markdown .txt .html .htm .docx .pdf）
  govlint extract 文件                    输出报告模型（JSON）
  govlint rules                           列出生效的规则
  govlint init                            生成 .govlintrc.yaml
  govlint init-pack 目录                  创建一个新的规则包（清单、示例规则、测试、说明）
  govlint check-pack [目录]               校验规则包并运行其中的示例
  govlint docs [规则包目录]               重新生成规则文档页
  govlint lsp                             启动语言服务器（LSP，stdio）

配置：
  -c, --config 文件              使用指定的配置文件（不再查找 .govlintrc.*）
      --no-config                不读取任何配置文件
      --pack 名称|路径           加载规则包（可重复）
      --rule 规则ID:级别         覆盖规则级别：error、warning、info、off（也可写 warn、0/1/2；可重复）
      --print-config 文件        输出该文件生效的配置后退出
      --ignore-pattern 模式      再忽略匹配此模式的文件（gitignore 语法，相对当前目录；可重复）
      --no-ignore                不使用 .govlintignore 和 ignorePatterns
      --no-warn-ignored          点名的文件被忽略时不提示
      --columns char|byte        -f unix 的列号：字符（默认）或字节（Vim 用）
      --report-year 年份         报告所属年度（覆盖从正文识别的年度）
      --body-type 类型           机关类型：government、township、subdistrict、department、office
      --region 地区              所在地区，如 山东 或 山东/淄博（启用地方规则）
      --previous 文件            上一年度的报告，用于跨年度核对
      --previous-dir 目录        上一年度报告所在目录：每份报告与其中同一机关上一年度的报告配对核对
      --report-unused-disable-directives
                                 报告未起作用的 govlint-disable 注释
      --max-file-size MB         大于此值的文件不检查，报一个致命问题（默认文本 5、Word/PDF 50；0 为不限）

输出：
  -f, --format 格式              stylish（默认）、json、unix、sarif、github、checkstyle、junit、html、csv、
                                 xlsx（需 -o）
  -o, --output-file 文件         写入文件而非标准输出（原子写入）
  -q, --quiet                    只显示错误
      --max-warnings 数量        警告超过此数量时以 1 退出
      --lang zh|en               消息语言（默认 zh）
      --color, --no-color        强制开启或关闭颜色（也遵循 NO_COLOR、FORCE_COLOR）

修复：
      --fix                      自动修复可安全修复的问题并写回文件（仅 .md、.txt）
      --fix-dry-run              只计算修复，不写文件（-f json 的 output 为修复后的文本）

批量：
      --concurrency auto|off|N   检查线程：auto（默认，批量较大时才启用工作线程）、off、N 个工作线程
      --cache                    跳过上次检查后没有变化的文件
      --cache-location 目录      缓存目录（默认 .govlintcache）
      --timing                   检查后在标准错误输出最慢的 10 条规则及各阶段耗时（GOVLINT_TIMING=all 或 =N
                                 显示全部或前 N 条）；-f json 的每个文件另有 stats

基线（复查更正后的报告）：
      --write-baseline[=文件]    把当前所有问题记为已接受，写入基线（默认 --baseline 的文件或 govlint-baseline.json）
      --baseline 文件            不显示基线中已接受的问题；标准错误输出隐藏数和已改正数

标准输入：
      --stdin                    从标准输入读取报告
      --stdin-filename 文件名    标准输入对应的文件名（决定格式与配置）

其他：
  -h, --help                     显示帮助
  -v, --version                  显示版本

退出码：0 无错误；1 有错误（或警告超过 --max-warnings）；2 用法、配置错误，或没有任何文件能被检查。

示例：
  govlint 报告/
  govlint "2024/**/*.docx" -f html -o 报告检查.html
  govlint 报告/ -f xlsx -o 问题清单.xlsx
  govlint --rule table3/balance:warning --quiet 年报.txt
  govlint --timing --pack ./规则包 报告/
  cat 年报.txt | govlint --stdin --stdin-filename 年报.txt -f unix
`,
  en: `govlint: a linter for annual government-information-disclosure reports (政府信息公开工作年度报告)

Usage:
  govlint [options] [files|folders|globs…]  lint reports (folders are searched for .md .markdown .txt .html .htm .docx .pdf)
  govlint extract FILE                      print the report model as JSON
  govlint rules                             list the active rules
  govlint init                              write a starter .govlintrc.yaml
  govlint init-pack DIR                     create a new rule pack (manifest, example rule, test, README)
  govlint check-pack [DIR]                  validate a rule pack and run its examples
  govlint docs [PACK_DIR]                   regenerate the rule documentation pages
  govlint lsp                               start the language server (LSP over stdio)

Configuration:
  -c, --config FILE              use this config file (no .govlintrc.* lookup)
      --no-config                read no config file at all
      --pack NAME|PATH           load a rule pack (repeatable)
      --rule ID:LEVEL            set a rule's level: error, warning, info, off (or warn, 0/1/2; repeatable)
      --print-config FILE        print the config in force for FILE and exit
      --ignore-pattern PATTERN   also ignore files matching PATTERN (gitignore syntax, from the working folder)
      --no-ignore                do not use .govlintignore and ignorePatterns
      --no-warn-ignored          no warning when a named file is ignored
      --columns char|byte        column unit of -f unix: characters (default) or bytes (Vim)
      --report-year YEAR         the year reported on (overrides the one found in the text)
      --body-type TYPE           government, township, subdistrict, department or office
      --region REGION            e.g. 山东 or 山东/淄博 (enables regional rules)
      --previous FILE            last year's report, for year-on-year checks
      --previous-dir DIR         last year's reports: each report is checked against its body's report in DIR
      --report-unused-disable-directives
                                 report govlint-disable comments that suppress nothing
      --max-file-size MB         larger files are not linted: one fatal problem (default 5 for text, 50 for Word/PDF; 0: none)

Output:
  -f, --format NAME              stylish (default), json, unix, sarif, github, checkstyle, junit, html, csv,
                                 xlsx (needs -o)
  -o, --output-file FILE         write to FILE instead of stdout (atomically)
  -q, --quiet                    report errors only
      --max-warnings N           exit 1 when there are more than N warnings
      --lang zh|en               language of messages (default zh)
      --color, --no-color        force colours on or off (NO_COLOR and FORCE_COLOR are honoured)

Fixing:
      --fix                      apply safe fixes and write the files back (.md and .txt only)
      --fix-dry-run              compute fixes without writing (-f json shows the fixed text as output)

Batches:
      --concurrency auto|off|N   threads that lint: auto (default: workers only for large batches), off, N workers
      --cache                    skip files unchanged since the last run
      --cache-location DIR       cache folder (default .govlintcache)
      --timing                   after the run, print the 10 slowest rules and the time of each stage to stderr
                                 (GOVLINT_TIMING=all or =N: all, or the N slowest); -f json adds stats per file

Baseline (re-checking corrected reports):
      --write-baseline[=FILE]    accept every current finding: write them to FILE (default: --baseline's file,
                                 else govlint-baseline.json)
      --baseline FILE            do not show the findings FILE accepts; stderr says how many, and how many are fixed

Standard input:
      --stdin                    read a report from standard input
      --stdin-filename NAME      file name for stdin (decides the format and the config)

Other:
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 usage or config error, or nothing could be linted.

Examples:
  govlint reports/
  govlint "2024/**/*.docx" -f html -o report.html
  govlint reports/ -f xlsx -o findings.xlsx
  govlint --rule table3/balance:warning --quiet report.txt
  govlint --timing --pack ./my-pack reports/
  cat report.txt | govlint --stdin --stdin-filename report.txt -f unix
`,
};

const SUB: Record<Exclude<Command, 'lint'>, { zh: string; en: string }> = {
  extract: {
    zh: `用法：govlint extract 文件 [-o 输出文件]\n\n读取一份报告（任意支持的格式），输出其报告模型（表格单元格的规范键、章节、元数据）为 JSON。\n`,
    en: `Usage: govlint extract FILE [-o OUTPUT]\n\nRead one report (any supported format) and print its report model (canonical cell keys, sections, metadata) as JSON.\n`,
  },
  rules: {
    zh: `用法：govlint rules [-c 配置 | --no-config] [--pack 规则包…] [--rule ID:级别…] [-f json]\n\n列出生效的规则：ID、级别、说明、文档链接。\n`,
    en: `Usage: govlint rules [-c CONFIG | --no-config] [--pack PACK…] [--rule ID:LEVEL…] [-f json]\n\nList the active rules: id, level, description, docs link.\n`,
  },
  init: {
    zh: `用法：govlint init [--body-type 类型] [--region 地区] [--force]\n\n在当前目录写入 .govlintrc.yaml。终端中运行时会询问机关类型和省份；否则使用选项或默认值。\n`,
    en: `Usage: govlint init [--body-type TYPE] [--region REGION] [--force]\n\nWrite .govlintrc.yaml in the current folder. In a terminal it asks for the kind of body and the province; otherwise it uses the flags or defaults.\n`,
  },
  'init-pack': {
    zh: `用法：govlint init-pack 目录 [--namespace 命名空间] [--force]\n\n创建一个继承全国规则包的新规则包：pack.yaml、一条带示例的规则（rules/<命名空间>/contact.yaml）及其词表、\n测试文件（npm test）、package.json 和 README。命名空间默认取自目录名（如 zibo-rules → zibo）。\n目录须为空，除非加 --force。教程见 docs/write-a-pack.md。\n`,
    en: `Usage: govlint init-pack DIR [--namespace NS] [--force]\n\nCreate a pack that extends the national pack: pack.yaml, one rule with examples (rules/<NS>/contact.yaml) and its\nword list, a test file (npm test), package.json and a README. The namespace defaults to the folder name\n(zibo-rules → zibo). The folder must be empty unless --force is given. Tutorial: docs/write-a-pack.md.\n`,
  },
  'check-pack': {
    zh: `用法：govlint check-pack [目录…] [-q] [--lang en]\n\n按 JSON Schema 校验 pack.yaml 和每个规则文件，检查与所继承规则包的冲突（重复的规则 id、levels 中不存在的规则），\n并运行所有规则的示例。问题按“文件:行:列: error|warning: 消息”输出；-q 只显示错误。\n退出码：0 规则包有效且示例全部通过；1 有错误；2 目录中没有 pack.yaml。\n`,
    en: `Usage: govlint check-pack [DIR…] [-q] [--lang en]\n\nValidate pack.yaml and every rule file against the JSON Schemas, check for conflicts with the extended packs\n(duplicate rule ids, levels naming no rule), and run every rule's examples. Problems print as\n"file:line:column: error|warning: message"; -q shows errors only.\nExit codes: 0 valid and every example passes; 1 errors; 2 no pack.yaml in the folder.\n`,
  },
  docs: {
    zh: `用法：govlint docs [规则包目录…] [-o 输出目录]\n\n根据规则文件重新生成规则文档页（默认：全国规则包，输出到其 docs/rules/）。\n`,
    en: `Usage: govlint docs [PACK_DIR…] [-o OUT_DIR]\n\nRegenerate the rule documentation pages from the rule files (default: the national pack, into its docs/rules/).\n`,
  },
  lsp: {
    zh: `用法：govlint lsp [--stdio]\n\n以 stdio 方式运行语言服务器：打开或修改 Markdown、文本、HTML 报告时给出诊断，并提供快速修复。\n`,
    en: `Usage: govlint lsp [--stdio]\n\nRun the language server over stdio: diagnostics for Markdown, text and HTML reports as they are opened and edited, with quick fixes.\n`,
  },
};

export function helpText(command: Command, lang: Lang): string {
  return command === 'lint' ? MAIN[lang] : SUB[command][lang];
}
