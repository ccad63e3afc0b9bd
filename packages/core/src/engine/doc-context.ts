// Everything the checks of one document share, computed lazily and once: scope texts, sentences, key
// expansions, the line index. Thousands of documents go through one engine, so per-document work is
// cached here and per-pack work at load time.
import type { Span } from '../read/document.js';
import type { ReportModel } from '../model/types.js';
import type { Lang } from '../report/diagnostic.js';
import type { Settings } from '../config/types.js';
import { lineIndex, spanAt, type LineIndex } from '../util/position.js';
import { scopeSegments, splitSentences, type Segment } from './scopes.js';
import { setSource } from './text-match.js';

/**
 * Expansions of `*` patterns, shared by every document with the same list of keys: reports of one template
 * have the same keys, so a run over thousands of them expands each pattern once. A document's key list is
 * compared with the known ones element by element (keys are interned strings: the comparisons are cheap),
 * the most recently used first, instead of being joined into one long string per document.
 */
interface KeySet {
  keys: readonly string[];
  expansions: Map<string, string[]>;
  /** For a list of patterns (joined by \0): each pattern's keys that no earlier pattern has. */
  distinct: Map<string, (readonly string[])[]>;
}
const sharedExpansions: KeySet[] = [];
const MAX_KEY_SETS = 64;

function keySetFor(keys: readonly string[]): KeySet {
  for (let i = 0; i < sharedExpansions.length; i++) {
    const set = sharedExpansions[i];
    if (!sameKeys(set.keys, keys)) continue;
    if (i > 0) {
      sharedExpansions.splice(i, 1);
      sharedExpansions.unshift(set);
    }
    return set;
  }
  if (sharedExpansions.length >= MAX_KEY_SETS) sharedExpansions.pop();
  const set: KeySet = { keys, expansions: new Map(), distinct: new Map() };
  sharedExpansions.unshift(set);
  return set;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class DocContext {
  readonly model: ReportModel;
  readonly settings: Settings;
  readonly lang: Lang;
  readonly previous?: ReportModel;
  private lines?: LineIndex;
  private readonly scopes = new Map<string, Segment[]>();
  private readonly sentenceCache = new Map<string, Segment[]>();
  private readonly keySets = new WeakMap<ReportModel, KeySet>();
  private readonly keyLists = new WeakMap<ReportModel, string[]>();
  /** The key set of this document's own model (the common case: no WeakMap lookup). */
  private ownKeySet?: KeySet;
  private readonly memos = new Map<string, unknown>();

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
      // Cached too: the same list is asked for by a rule's check and its anchor, and text-match caches
      // per segment list.
      const key = names.join('\0');
      let merged = this.scopes.get(key);
      if (!merged) {
        merged = names.flatMap((n) => this.scope(n)).sort((a, b) => a.start - b.start);
        this.scopes.set(key, merged);
      }
      return merged;
    }
    let segments = this.scopes.get(names);
    if (!segments) {
      segments = scopeSegments(this.model, names);
      // Slices of the text (none read through a map): a scan may then use the text itself instead of joining them.
      if (segments.every((s) => s.at === undefined)) setSource(segments, this.model.text);
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
   * missing, so that a missing cell makes a sum unverifiable instead of silently smaller. The list is shared:
   * callers must not change it.
   */
  expand(pattern: string, model: ReportModel = this.model): readonly string[] {
    if (!pattern.includes('*')) return [pattern];
    const cache = this.keySet(model).expansions;
    let keys = cache.get(pattern);
    if (!keys) {
      const re = new RegExp(`^${keyGlob(pattern)}$`);
      keys = this.allKeys(model).filter((k) => re.test(k));
      cache.set(pattern, keys);
    }
    return keys;
  }

  /**
   * The keys of each pattern that no earlier pattern of the list has (`cells` rules select each cell once),
   * shared by the documents with the same keys.
   */
  expandDistinct(patterns: readonly string[]): readonly (readonly string[])[] {
    const { distinct } = this.keySet(this.model);
    const id = patterns.join('\0');
    let lists = distinct.get(id);
    if (!lists) {
      const seen = new Set<string>();
      lists = patterns.map((p) =>
        this.expand(p).filter((k) => {
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        }),
      );
      distinct.set(id, lists);
    }
    return lists;
  }

  private keySet(model: ReportModel): KeySet {
    let set = model === this.model ? this.ownKeySet : this.keySets.get(model);
    if (!set) {
      set = keySetFor(this.allKeys(model));
      if (model === this.model) this.ownKeySet = set;
      else this.keySets.set(model, set);
    }
    return set;
  }

  /**
   * What a check computes from the document alone, once per document: `key` names the computation (checks of
   * several rules that ask for the same thing share it), `make` computes it.
   */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    this.memos.set(key, value);
    return value;
  }

  /** The cell keys, then the missing template keys that are not cells, each once (the order of `Set`). */
  private allKeys(model: ReportModel): string[] {
    let keys = this.keyLists.get(model);
    if (!keys) {
      const { cells } = model;
      keys = Object.keys(cells);
      let added: Set<string> | undefined;
      for (const t of Object.values(model.tables)) {
        for (const k of t.missing) {
          if (Object.prototype.hasOwnProperty.call(cells, k) || added?.has(k)) continue;
          (added ??= new Set()).add(k);
          keys.push(k);
        }
      }
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

/**
 * A key pattern as a regex source: `*` is one key segment, `**` any number of them (none included), so that
 * `requests.otherHandling.**.total` is the 2019 single （六） row's cell and the 2021 sub-rows' cells alike.
 */
export function keyGlob(pattern: string): string {
  let out = '';
  pattern.split('.').forEach((s, i) => {
    if (s === '**') out += '(?:\\.[^.]+)*';
    else out += (i === 0 ? '' : '\\.') + (s === '*' ? '[^.]+' : s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  });
  return out;
}
