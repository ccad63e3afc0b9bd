// Word rendering with the `docx` package: Title and Heading 2 styles, part headings numbered by Word itself
// ("一、" comes from numbering.xml, not the text), merged cells (columnSpan/rowSpan, which docx writes as
// gridSpan and vMerge), and one Word comment holding a govlint directive. The zip is rewritten
// with fixed dates so that the file is byte-for-byte reproducible.
import { createRequire } from 'node:module';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { place } from './layout.mjs';

// fflate is a dependency of @govlint/core, not of the workspace root.
const require = createRequire(new URL('../../packages/core/package.json', import.meta.url));
const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');

const FIXED_DATE = new Date('2025-02-17T00:00:00Z');
const TEXT_WIDTH = 8306; // twips: A4 minus 1.25" margins
const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };
const DIRECTIVE_ANCHOR = '三、收到和处理政府信息公开申请情况';

const run = (text, size = 32) => new TextRun({ text, font: FONT, size });

function cellParagraph(cell) {
  const align = cell.kind === 'label' || cell.kind === 'note' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new Paragraph({ alignment: align, children: [run(cell.t, 18)] });
}

function wordTable(rows, widths) {
  const { width } = place(rows);
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  if (columnWidths.length !== width) throw new Error(`table needs ${width} column widths`);
  return new Table({
    columnWidths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (cell) =>
              new TableCell({
                children: [cellParagraph(cell)],
                columnSpan: cell.cs ?? 1,
                rowSpan: cell.rs ?? 1,
                verticalAlign: VerticalAlign.CENTER,
              }),
          ),
        }),
    ),
  });
}

const PARTS = 'parts';

/** A part heading: its "一、" is Word's automatic numbering, the text holds the rest. */
function heading(text) {
  const rest = text.replace(/^[一二三四五六]、/, '');
  const numbering = { reference: PARTS, level: 0 };
  if (text !== DIRECTIVE_ANCHOR) return new Paragraph({ heading: HeadingLevel.HEADING_2, numbering, children: [run(rest)] });
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    numbering,
    children: [new CommentRangeStart(0), run(rest), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
  });
}

/** docx stamps "now" into docProps/core.xml and the zip entries; pin both. */
function pinDates(buffer) {
  const files = unzipSync(new Uint8Array(buffer));
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(files)) {
    if (!name.endsWith('.xml')) continue;
    const xml = strFromU8(files[name]);
    const pinned = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`).replace(/w:date="[^"]*"/g, `w:date="${iso}"`);
    files[name] = strToU8(pinned);
  }
  const entries = Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { mtime: FIXED_DATE }]]));
  return Buffer.from(zipSync(entries, { level: 6, mtime: FIXED_DATE }));
}

export async function renderDocx(blocks, title) {
  const children = [];
  for (const b of blocks) {
    if (b.kind === 'title') children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(b.text, 44)] }));
    else if (b.kind === 'meta') for (const [k, v] of b.rows) children.push(new Paragraph({ children: [run(`${k}：${v}`, 24)] }));
    else if (b.kind === 'h') children.push(heading(b.text));
    else if (b.kind === 'p') children.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(b.text)] }));
    else if (b.kind === 'table') children.push(wordTable(b.rows, b.widths), new Paragraph({ children: [] }));
  }
  const doc = new Document({
    creator: 'govlint fixtures',
    title: title ?? '',
    numbering: {
      config: [{ reference: PARTS, levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }] }],
    },
    comments: {
      children: [
        { id: 0, author: 'govlint', initials: 'GL', date: FIXED_DATE, children: [new Paragraph({ children: [new TextRun('govlint-disable-next-line table3/labels')] })] },
      ],
    },
    sections: [{ properties: {}, children }],
  });
  return pinDates(await Packer.toBuffer(doc));
}
