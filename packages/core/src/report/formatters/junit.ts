// JUnit XML (the Jenkins/GitLab "test report" shape): one suite per file, one failing test case per diagnostic
// at error level (warnings and infos are listed as passing cases with <system-out>), a passing case for a
// clean file so that it still shows up.
import type { Diagnostic } from '../diagnostic.js';
import { displayPath, escapeXml, sortMessages } from './shared.js';
import type { Formatter } from './types.js';

function testCase(d: Diagnostic, file: string): string {
  const where = `${file}:${d.span.start.line}:${d.span.start.column}`;
  const name = escapeXml(`${d.ruleId} ${where}`);
  const classname = escapeXml(file);
  const body = escapeXml(`${where}: ${d.message} [${d.ruleId}]`);
  if (d.fatal || d.severity === 'error') {
    const tag = d.fatal ? 'error' : 'failure';
    return `    <testcase time="0" name="${name}" classname="${classname}"><${tag} message="${escapeXml(d.message)}" type="${escapeXml(d.ruleId)}">${body}</${tag}></testcase>`;
  }
  return `    <testcase time="0" name="${name}" classname="${classname}"><system-out>${escapeXml(d.severity)}: ${body}</system-out></testcase>`;
}

export const junit: Formatter = (results, ctx) => {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites = results.map((r) => {
    const file = displayPath(r.filePath, ctx.cwd);
    const messages = sortMessages(r.messages);
    const cases = messages.map((d) => testCase(d, file));
    if (cases.length === 0) cases.push(`    <testcase time="0" name="${escapeXml(file)}" classname="${escapeXml(file)}"/>`);
    const suiteFailures = messages.filter((d) => d.severity === 'error' && !d.fatal).length;
    const suiteErrors = messages.filter((d) => d.fatal).length;
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    return (
      `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" time="0">\n` +
      `${cases.join('\n')}\n  </testsuite>`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<testsuites name="govlint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n` +
    `${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`
  );
};
