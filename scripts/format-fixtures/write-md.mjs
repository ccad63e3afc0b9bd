// Markdown rendering: `#` title, `##` part headings, GFM tables holding the full grid (merged slots blank).
import { fullGrid } from './layout.mjs';

function gfmTable(rows) {
  const grid = fullGrid(rows);
  const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(grid[0]), line(grid[0].map(() => '---')), ...grid.slice(1).map(line)].join('\n');
}

export function renderMarkdown(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.kind === 'title') out.push(`# ${b.text}`);
    else if (b.kind === 'meta') out.push(b.rows.map(([k, v]) => `${k}：${v}`).join('\n\n'));
    else if (b.kind === 'h') out.push(`## ${b.text}`);
    else if (b.kind === 'p') out.push(b.text);
    else if (b.kind === 'table') out.push(gfmTable(b.rows));
  }
  return `${out.join('\n\n')}\n`;
}
