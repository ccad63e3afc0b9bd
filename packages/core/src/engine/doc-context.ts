// Everything the checks of one document share, computed lazily and once: scope texts, sentences, key
// expansions, the line index. Thousands of documents go through one engine, so per-document work is
// cached here and per-pack work at load time.
import type { Span } from '../read/document.js';
import type { ReportModel } from '../model/types.js';
import type { Lang } from '../report/diagnostic.js';
import type { Settings } from '../config/types.js';
import { lineIndex, spanAt, type LineIndex } from '../util/position.js';
import { scopeSegments, splitSentences, type Segment } from './scopes.js';

/**
 * Expansions of `*` patterns, shared by every document with the same set of keys: reports of one template
 * have the same keys, so a run over thousands of them expands each pattern once.
 */
const sharedExpansions = new Map<string, Map<string, string[]>>();
const MAX_KEY_SETS = 64;

function expansionsFor(keys: readonly string[]): Map<string, string[]> {
  const signature = keys.join('\n');
  let cache = sharedExpansions.get(signature);
  if (!cache) {
    if (sharedExpansions.size >= MAX_KEY_SETS) sharedExpansions.delete(sharedExpansions.keys().next().value as string);
    cache = new Map();
    sharedExpansions.set(signature, cache);
  }
  return cache;
}

export class DocContext {
  readonly model: ReportModel;
  readonly settings: Settings;
  readonly lang: Lang;
  readonly previous?: ReportModel;
  private lines?: LineIndex;
  private readonly scopes = new Map<string, Segment[]>();
  private readonly sentenceCache = new Map<string, Segment[]>();
  private readonly expansions = new WeakMap<ReportModel, Map<string, string[]>>();
  private readonly keyLists = new WeakMap<ReportModel, string[]>();

  constructor(model: ReportModel, settings: Settings, lang: Lang, previous?: ReportModel) {
    this.model = model;
    this.settings = settings;
    this.lang = lang;
    this.previous = previous;
  }

  span(start: number, end: number): Span {
    this.lines ??= lineIndex(this.model.text);
    return spanAt(this.lines, start, end);
  }

  get documentStart(): Span {
    return this.span(0, 0);
  }

  /** Segments of one scope, or of several (a rule's `scope: [a, b]`), in document order. */
  scope(names: string | readonly string[]): Segment[] {
    if (typeof names !== 'string') {
      if (names.length === 1) return this.scope(names[0]);
      return names.flatMap((n) => this.scope(n)).sort((a, b) => a.start - b.start);
    }
    let segments = this.scopes.get(names);
    if (!segments) {
      segments = scopeSegments(this.model, names);
      this.scopes.set(names, segments);
    }
    return segments;
  }

  sentences(names: string | readonly string[]): Segment[] {
    const cacheKey = typeof names === 'string' ? names : names.join('\0');
    let out = this.sentenceCache.get(cacheKey);
    if (!out) {
      out = splitSentences(this.scope(names));
      this.sentenceCache.set(cacheKey, out);
    }
    return out;
  }

  /**
   * Keys matching `pattern` (`*` = one key segment), from the cells found and the template cells reported
   * missing, so that a missing cell makes a sum unverifiable instead of silently smaller.
   */
  expand(pattern: string, model: ReportModel = this.model): string[] {
    if (!pattern.includes('*')) return [pattern];
    let cache = this.expansions.get(model);
    if (!cache) {
      cache = expansionsFor(this.allKeys(model));
      this.expansions.set(model, cache);
    }
    let keys = cache.get(pattern);
    if (!keys) {
      const re = new RegExp(`^${pattern.split('.').map((s) => (s === '*' ? '[^.]+' : s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))).join('\\.')}$`);
      keys = this.allKeys(model).filter((k) => re.test(k));
      cache.set(pattern, keys);
    }
    return keys;
  }

  private allKeys(model: ReportModel): string[] {
    let keys = this.keyLists.get(model);
    if (!keys) {
      const set = new Set(Object.keys(model.cells));
      for (const t of Object.values(model.tables)) for (const k of t.missing) set.add(k);
      keys = [...set];
      this.keyLists.set(model, keys);
    }
    return keys;
  }

  /** `meta.year` (settings win), `meta.publicationYear`. */
  metaNumber(name: string): number | null {
    const { meta } = this.model;
    if (name === 'year') return meta.year;
    if (name === 'publicationYear') return meta.publicationDate ? Number(meta.publicationDate.value.slice(0, 4)) : null;
    const v = (meta as unknown as Record<string, unknown>)[name];
    return typeof v === 'number' ? v : null;
  }
}
