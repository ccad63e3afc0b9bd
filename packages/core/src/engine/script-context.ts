// The `ctx` a pack script receives and the check of what it returns. Used inside the script worker and,
// when no compiled worker exists (tests on the TypeScript sources), in the main thread.
import { sourceRange, textMap } from '../model/source-map.js';
import type { ReportModel } from '../model/types.js';
import type { Span } from '../read/document.js';
import type { Lang } from '../report/diagnostic.js';
import type { Settings } from '../config/types.js';
import { lineIndex, spanAt } from '../util/position.js';
import { scopeSegments, splitSentences, type Segment } from './scopes.js';
import type { Finding } from './types.js';

export interface ScriptInput {
  model: ReportModel;
  previous?: ReportModel;
  options: Record<string, unknown>;
  settings: Settings;
  lang: Lang;
}

export interface ScriptContext extends ScriptInput {
  helpers: {
    /** offsets of `model.text` → Span. */
    span(start: number, end: number): Span;
    /** Segments of a scope (`prose`, `section:other`…), each `{text, start}`. */
    scopeText(scope: string | string[]): Segment[];
    /** Sentences of a scope, split on 。；;！？ and line ends. */
    sentences(scope: string | string[]): Segment[];
    /**
     * The Span of `item.text`[from, to) for a paragraph, heading or the title of the model: where those
     * characters are in the source, also when the source holds markup between them (HTML tags, lines Word
     * wrapped); `item.span.start.offset + from` is only right when it does not.
     */
    textSpan(item: { text: string; span: Span }, from: number, to: number): Span;
  };
}

/**
 * The helpers of one model, made once for the dozen script calls of a document; each call gets its own copy
 * of the (small) object, so that one script cannot change what the next one gets.
 */
const helpersOf = new WeakMap<ReportModel, ScriptContext['helpers']>();

function helpers(model: ReportModel): ScriptContext['helpers'] {
  let h = helpersOf.get(model);
  if (!h) {
    const index = lineIndex(model.text);
    const scopeText = (scope: string | string[]) => (Array.isArray(scope) ? scope : [scope]).flatMap((s) => scopeSegments(model, s, 'source'));
    const textSpan = (item: { text: string; span: Span }, from: number, to: number): Span =>
      spanAt(index, ...sourceRange(item.span.start.offset, textMap(item), from, to));
    h = {
      span: (start: number, end: number) => spanAt(index, start, end),
      scopeText,
      sentences: (scope: string | string[]) => splitSentences(scopeText(scope)),
      textSpan,
    };
    helpersOf.set(model, h);
  }
  return h;
}

export function scriptContext(input: ScriptInput): ScriptContext {
  const h = helpers(input.model);
  // Object.assign, not object spread: the same own properties, several times faster here (V8 20).
  return Object.assign({}, input, { helpers: { span: h.span, scopeText: h.scopeText, sentences: h.sentences, textSpan: h.textSpan } });
}

/** Findings as returned by a script, checked; a `range: [start, end]` is accepted instead of a span. */
export function checkFindings(value: unknown, model: ReportModel): Finding[] {
  if (!Array.isArray(value)) throw new Error(`the script must return an array of findings, not ${typeof value}`);
  const index = lineIndex(model.text);
  return value.map((f: unknown, i) => {
    const o = f as Record<string, unknown> | null;
    if (!o || typeof o !== 'object') throw new Error(`finding ${i} is not an object`);
    let span = o.span as Span | undefined;
    const range = o.range as [number, number] | undefined;
    if (!span && Array.isArray(range)) span = spanAt(index, range[0], range[1]);
    if (!span && typeof o.key === 'string' && model.cells[o.key]) span = model.cells[o.key].span;
    if (!span?.start || !span.end || typeof span.start.offset !== 'number') throw new Error(`finding ${i} has no span (give span, range or key)`);
    if (o.messageId !== undefined && typeof o.messageId !== 'string') throw new Error(`finding ${i}: messageId must be a string`);
    const { range: _range, ...rest } = o;
    return { ...(rest as unknown as Finding), span };
  });
}

export type ScriptFunction = (ctx: ScriptContext) => unknown;

const modules = new Map<string, Promise<ScriptFunction>>();
/** The modules imported so far, for callers that can skip waiting on the import (script-host's runHere). */
const loaded = new Map<string, ScriptFunction>();

/** Each script module is imported once per thread. */
export function scriptFunction(moduleUrl: string): Promise<ScriptFunction> {
  let fn = modules.get(moduleUrl);
  if (!fn) {
    fn = import(moduleUrl).then((mod: { default?: unknown }) => {
      if (typeof mod.default !== 'function') throw new Error('the script module has no default export function');
      loaded.set(moduleUrl, mod.default as ScriptFunction);
      return mod.default as ScriptFunction;
    });
    modules.set(moduleUrl, fn);
  }
  return fn;
}

/** The script function if its module is already imported. */
export function loadedScriptFunction(moduleUrl: string): ScriptFunction | undefined {
  return loaded.get(moduleUrl);
}

/** Runs a script module's default export on `input`. */
export async function runScriptModule(moduleUrl: string, input: ScriptInput): Promise<Finding[]> {
  const fn = await scriptFunction(moduleUrl);
  return checkFindings(await fn(scriptContext(input)), input.model);
}
