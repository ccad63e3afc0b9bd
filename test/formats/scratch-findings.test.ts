import { it } from 'vitest';
import { lintFile } from '../../packages/core/src/lint.js';
const files = ['packages/rules-national/fixtures/seed-004.txt', ...['txt','md','html','docx','pdf'].map(e => `test/fixtures/formats/seed-004.${e}`), 'packages/rules-national/fixtures/seed-000.txt', ...['txt','md','html','docx','pdf'].map(e => `test/fixtures/formats/seed-000.${e}`)];
it('dump', async () => {
  let out = '';
  for (const f of files) {
    const r = await lintFile(f, { noConfig: true });
    out += `== ${f} ${r.messages.length}\n`;
    for (const d of r.messages) out += `  ${d.ruleId}\t${d.severity}\t${d.span.start.line}\t${d.messageId ?? ''}\t${d.message.slice(0, 100)}\n`;
  }
  (await import('node:fs')).writeFileSync('/tmp/gl/findings.txt', out);
});
