// Opens a .docx (an OPC zip) and finds its parts through the relationships, as Word does, rather than by
// fixed names: some generators write word/document2.xml. Failures carry a message fit for the user.
import { strFromU8, unzipSync } from 'fflate';
import { attr, children, parseXml } from './docx-xml.js';

export interface DocxParts {
  document: string;
  documentName: string;
  comments?: string;
  styles?: string;
  numbering?: string;
}

export class DocxOpenError extends Error {}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/**
 * The XML of a long report unpacks to a few megabytes (Word's markup is verbose). fflate allocates the size an
 * entry declares, so a zip bomb (or a corrupt header) declaring gigabytes must be refused before it is unpacked.
 * Reading costs about 0.75 s and 65 MB of memory per MB of XML (20 MB: 15 s, 1.3 GB).
 */
const MAX_XML_BYTES = 32 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function dirOf(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? '' : name.slice(0, i + 1);
}

/** Resolves a relationship target against the folder of its source part. */
function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Relationship type suffix (`officeDocument`, `comments`…) → part name. */
function relationships(files: Record<string, Uint8Array>, source: string): Map<string, string> {
  const relsName = `${dirOf(source)}_rels/${source.slice(dirOf(source).length)}.rels`;
  const out = new Map<string, string>();
  const data = files[relsName];
  if (!data) return out;
  for (const rel of children(parseXml(strFromU8(data), relsName), 'Relationship')) {
    const type = attr(rel, 'Type') ?? '';
    const target = attr(rel, 'Target');
    if (!target || attr(rel, 'TargetMode') === 'External') continue;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    if (!out.has(kind)) out.set(kind, resolve(dirOf(source), target));
  }
  return out;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new DocxOpenError('Word 文档受密码保护，或是旧版 .doc 格式，无法读取 (password-protected .docx or legacy .doc file: cannot be read)');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new DocxOpenError('不是 Word 文档：文件不是 zip 格式 (not a .docx file: not a zip archive)');
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  try {
    // Only the XML parts are needed; images can be large.
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!f.name.endsWith('.xml') && !f.name.endsWith('.rels')) return false;
        unpacked += f.originalSize;
        return unpacked <= MAX_XML_BYTES;
      },
    });
  } catch (err) {
    throw new DocxOpenError(`Word 文档已损坏或不完整，无法解压 (corrupt or truncated .docx: ${(err as Error).message})`);
  }
  if (unpacked > MAX_XML_BYTES) {
    const mb = (unpacked / 1024 / 1024).toFixed(1);
    throw new DocxOpenError(`Word 文档解压后过大（${mb} MB），可能是压缩炸弹 (the .docx unpacks to ${mb} MB of XML, more than ${MAX_XML_BYTES / 1024 / 1024} MB: refused)`);
  }
  const documentName = relationships(files, '').get('officeDocument') ?? 'word/document.xml';
  const document = files[documentName];
  if (!document) throw new DocxOpenError(`不是有效的 Word 文档：缺少 ${documentName} (not a Word document: ${documentName} is missing)`);
  const rels = relationships(files, documentName);
  const text = (kind: string): string | undefined => {
    const name = rels.get(kind);
    const data = name ? files[name] : undefined;
    return data ? strFromU8(data) : undefined;
  };
  return { document: strFromU8(document), documentName, comments: text('comments'), styles: text('styles'), numbering: text('numbering') };
}
