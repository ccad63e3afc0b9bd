// Checkstyle XML: read by Jenkins (Warnings NG), GitLab code-quality converters, reviewdog -f=checkstyle.
import { displayPath, escapeXml, sortMessages } from './shared.js';
import type { Formatter } from './types.js';

export const checkstyle: Formatter = (results, ctx) => {
  const files = results.map((r) => {
    const errors = sortMessages(r.messages).map((d) => {
      const sev = d.fatal ? 'error' : d.severity;
      return (
        `    <error line="${d.span.start.line}" column="${d.span.start.column}" severity="${sev}"` +
        ` message="${escapeXml(`${d.message} (${d.ruleId})`)}" source="${escapeXml(`govlint.${d.ruleId}`)}"/>`
      );
    });
    const name = escapeXml(displayPath(r.filePath, ctx.cwd));
    return errors.length === 0 ? `  <file name="${name}"/>` : `  <file name="${name}">\n${errors.join('\n')}\n  </file>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n${files.join('\n')}${files.length ? '\n' : ''}</checkstyle>\n`;
};
