// SARIF 2.1.0 (OASIS): GitHub code scanning, the VS Code SARIF viewer, GitLab/Jenkins importers.
// Built by hand: node-sarif-builder 5 needs Node 22 and the object is small.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Edit, FileResult } from '../diagnostic.js';
import type { Span } from '../../read/document.js';
import { sortMessages } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';

const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (filePath.startsWith('<')) return { uri: encodeURIComponent(filePath) };
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}

function region(span: Span) {
  return {
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    charOffset: span.start.offset,
    charLength: Math.max(0, span.end.offset - span.start.offset),
  };
}

function level(d: Diagnostic): 'error' | 'warning' | 'note' {
  if (d.fatal || d.severity === 'error') return 'error';
  return d.severity === 'warning' ? 'warning' : 'note';
}

function fixOf(edit: Edit, description: string, location: ArtifactLocation) {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
            insertedContent: { text: edit.text },
          },
        ],
      },
    ],
  };
}

function helpOf(description: string | undefined, docs: string | undefined): { text: string; markdown: string } {
  const parts = [description, docs].filter((p): p is string => p !== undefined && p.trim() !== '');
  return { text: parts.join('\n\n'), markdown: [description ? `**${description}**` : undefined, docs].filter(Boolean).join('\n\n') };
}

function ruleIds(results: FileResult[], ctx: FormatterContext): string[] {
  const ids = new Set(Object.keys(ctx.rulesMeta));
  for (const r of results) for (const d of r.messages) ids.add(d.ruleId);
  return [...ids].sort();
}

export const sarif: Formatter = (results, ctx) => {
  const ids = ruleIds(results, ctx);
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const meta = ctx.rulesMeta[id] ?? {};
    return {
      id,
      ...(meta.description ? { shortDescription: { text: meta.description } } : {}),
      // A file: URL names a folder of the machine that made the log; the help text travels with it instead.
      ...(meta.docs && /^https?:\/\//.test(meta.docs) ? { helpUri: meta.docs } : {}),
      ...(meta.description || meta.help ? { help: helpOf(meta.description, meta.help) } : {}),
      ...(meta.level && meta.level !== 'off'
        ? { defaultConfiguration: { level: meta.level === 'info' ? 'note' : meta.level } }
        : {}),
      ...(meta.pack ? { properties: { pack: meta.pack } } : {}),
    };
  });

  const sarifResults = results.flatMap((r) => {
    const location = artifactLocation(r.filePath, ctx.cwd);
    return sortMessages(r.messages).map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? 0,
      level: level(d),
      ...(d.fatal ? { kind: 'fail' } : {}),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: { artifactLocation: location, region: region(d.span) },
          ...(d.key ? { logicalLocations: [{ fullyQualifiedName: d.key, kind: 'element' }] } : {}),
        },
      ],
      ...(d.related?.length
        ? {
            relatedLocations: d.related.map((rel, i) => ({
              id: i + 1,
              message: { text: rel.message },
              physicalLocation: { artifactLocation: location, region: region(rel.span) },
            })),
          }
        : {}),
      ...(d.fix ? { fixes: [fixOf(d.fix, d.message, location)] } : {}),
      properties: { pack: d.pack, ...(d.key ? { key: d.key } : {}) },
    }));
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: ctx.tool?.name ?? 'govlint',
            ...(ctx.tool ? { version: ctx.tool.version, semanticVersion: ctx.tool.version } : {}),
            informationUri: 'https://github.com/govlint/govlint',
            rules,
          },
        },
        invocations: [{ executionSuccessful: results.length === 0 || results.some((r) => r.fatalCount === 0) }],
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
