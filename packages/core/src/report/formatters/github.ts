// GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Diagnostic, FileResult } from '../diagnostic.js';
import { displayPath, sortMessages } from './shared.js';
import { batchOf, type FormatterContext, type StreamingFormatter } from './types.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(d: Diagnostic): 'error' | 'warning' | 'notice' {
  if (d.fatal || d.severity === 'error') return 'error';
  return d.severity === 'warning' ? 'warning' : 'notice';
}

function file(result: FileResult, ctx: FormatterContext): string {
  const p = displayPath(result.filePath, ctx.cwd);
  return sortMessages(result.messages)
    .map((d) => {
      const { start, end } = d.span;
      const props = [
        `file=${escapeProperty(p)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`govlint ${d.ruleId}`)}`,
      ];
      return `::${command(d)} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}

export const githubStreaming: StreamingFormatter = { file, summary: () => '' };
export const github = batchOf(githubStreaming);
