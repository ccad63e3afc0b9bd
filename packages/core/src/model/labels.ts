// Label matching (rulebook §3.8): normalise, then find the template label a cell (or a run of cells) stands for.
// Order of attempts: exact (joining consecutive pieces: "本年新" + "制作数量"), whole-token segmentation
// ("三、本年度办理结果（一）予以公开" in one cell), then near misses within the current table: a different or
// missing enumerator, a truncation ("结果" for "结果纠正"), a typo (edit distance ≤ 2, "本年度止件数").
import type { LabelMatch, TableKey } from './types.js';
import { TABLE2_2021, TABLE3_2021, TABLE4, type LabelRole, type TableSpec } from './template.js';
import { SIGNATURES_2019, TABLE2_2019, TABLE3_2019 } from './template2019.js';
import { editDistance } from '../util/edit-distance.js';
import { memoize } from '../util/memoize.js';
import { normalizeWithMap, stripEnumerator, type Normalized } from '../util/text.js';

export interface LabelEntry {
  table: TableKey;
  canonical: string;
  norm: string;
  role: LabelRole;
  /** Row key (role row) or column key (role column) in the template, when it has one. */
  key?: string;
  /** Only in the 2019 trial template. */
  legacy: boolean;
  signature2019: boolean;
  /** Only in the 2021 template's 表二 / 表三 (本年制发件数, the three （六） sub-rows…): evidence against 2019. */
  signature2021: boolean;
  /** Position in the table's vocabulary, for "which label comes next" tie-breaks. */
  order: number;
}

/** A piece of label text as it comes from a cell (already trimmed). */
export interface LabelPiece {
  raw: string;
  start: number;
  end: number;
}

export interface LabelHit {
  entry: LabelEntry;
  match: LabelMatch;
  written: string;
  start: number;
  end: number;
  /** Pieces consumed: [first, last] indices into the run. */
  first: number;
  last: number;
}

export interface UnknownLabel {
  written: string;
  start: number;
  end: number;
  first: number;
  last: number;
}

export type RunItem = ({ kind: 'hit' } & LabelHit) | ({ kind: 'unknown' } & UnknownLabel);

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────────────────────
function entriesOf(spec: TableSpec, legacyFrom: ReadonlySet<string> | null): Omit<LabelEntry, 'order'>[] {
  const sig = new Set(SIGNATURES_2019.map((s) => normalizeWithMap(s).text));
  const make = (canonical: string, role: LabelRole, key?: string): Omit<LabelEntry, 'order'> => {
    const norm = normalizeWithMap(canonical).text;
    return { table: spec.table, canonical, norm, role, key, legacy: legacyFrom !== null && !legacyFrom.has(norm), signature2019: sig.has(norm), signature2021: false };
  };
  return [...spec.labels.map((l) => make(l.label, l.role, l.key)), ...spec.rows.filter((r) => r.label).map((r) => make(r.label, 'row', r.key))];
}

function buildVocabulary(): LabelEntry[] {
  const modern = [TABLE2_2021, TABLE3_2021, TABLE4].flatMap((s) => entriesOf(s, null));
  const modernNorms = new Set(modern.map((e) => e.norm));
  const legacy = [TABLE2_2019, TABLE3_2019].flatMap((s) => entriesOf(s, modernNorms));
  // A 2021 label of 表二/表三 that the 2019 template does not have counts for 2021 when the two disagree.
  const legacyNorms = new Set(legacy.map((e) => `${e.table}\u0000${e.norm}`));
  for (const e of modern) if (e.table !== 'appeals' && !legacyNorms.has(`${e.table}\u0000${e.norm}`)) e.signature2021 = true;
  const seen = new Set<string>();
  const all: LabelEntry[] = [];
  for (const e of [...modern, ...legacy]) {
    const id = `${e.table}\u0000${e.norm}`;
    if (seen.has(id)) continue;
    seen.add(id);
    all.push({ ...e, order: all.filter((x) => x.table === e.table).length });
  }
  return all;
}

export const VOCABULARY: readonly LabelEntry[] = buildVocabulary();
const BY_NORM = new Map<string, LabelEntry[]>();
for (const e of VOCABULARY) BY_NORM.set(e.norm, [...(BY_NORM.get(e.norm) ?? []), e]);
const BY_TABLE = new Map<TableKey, LabelEntry[]>();
for (const e of VOCABULARY) BY_TABLE.set(e.table, [...(BY_TABLE.get(e.table) ?? []), e]);
/** Longest first, for greedy segmentation. */
const BY_LENGTH = [...VOCABULARY].sort((a, b) => b.norm.length - a.norm.length);
/** Joins stop once the pieces are longer than the longest label. */
const MAX_LABEL_LENGTH = BY_LENGTH[0].norm.length;
/**
 * Every prefix of every label ("" included): a join of pieces that is no prefix of a label can only grow into
 * text that is no label either, so joining stops there instead of at MAX_LABEL_LENGTH.
 */
const PREFIXES = new Set<string>();
for (const e of VOCABULARY) for (let k = 0; k <= e.norm.length; k++) PREFIXES.add(e.norm.slice(0, k));
/** BY_LENGTH entries of two or more characters by their first character's code (order kept), for segmentation. */
const BY_FIRST = new Map<number, LabelEntry[]>();
for (const e of BY_LENGTH) {
  if (e.norm.length < 2) continue;
  const list = BY_FIRST.get(e.norm.charCodeAt(0));
  if (list) list.push(e);
  else BY_FIRST.set(e.norm.charCodeAt(0), [e]);
}
/** Each label's normalised text without its enumerator, computed once (near misses compare it for every label). */
const BARE = new Map<LabelEntry, string>(VOCABULARY.map((e) => [e, stripEnumerator(e.norm)]));

/**
 * Normalised label pieces, shared across documents: reports repeat the same few hundred cell texts. The values
 * are never mutated. Bounded so that a long batch of odd reports cannot grow it without limit.
 */
const normalizedPiece = memoize((raw: string): Normalized => normalizeWithMap(raw), 8192);

// ── Matching ────────────────────────────────────────────────────────────────────────────────────────────────
export interface MatchContext {
  /** The table being read (prefer its labels); null before any table is known. */
  table: TableKey | null;
  /** The table of the part being read (表四 in part 四), null outside the three table parts. */
  home?: TableKey | null;
  /** The last label matched in that table, for order tie-breaks. */
  last: LabelEntry | null;
  /** Whole-token segmentation with unknown leftovers is allowed (flattened dumps). */
  loose: boolean;
}

/** Match a run of consecutive label pieces. Updates ctx.table / ctx.last as labels are recognised. */
export function matchRun(pieces: readonly LabelPiece[], text: string, ctx: MatchContext): RunItem[] {
  const out: RunItem[] = [];
  const norms = pieces.map((p) => normalizedPiece(p.raw));
  let i = 0;
  while (i < pieces.length) {
    const items = matchAt(pieces, norms, i, text, ctx);
    for (const item of items) {
      out.push(item);
      if (item.kind === 'hit') {
        if (movesTo(item.entry, ctx)) ctx.table = item.entry.table;
        if (item.entry.table === ctx.table) ctx.last = item.entry;
      }
    }
    i = items[items.length - 1].last + 1;
  }
  return out;
}

function matchAt(pieces: readonly LabelPiece[], norms: readonly Normalized[], i: number, text: string, ctx: MatchContext): RunItem[] {
  // 1. Exact, joining pieces (longest join first).
  const joined: string[] = [];
  for (let j = i, length = 0; j < pieces.length && length <= MAX_LABEL_LENGTH; j++) {
    const norm = norms[j].text;
    length += norm.length;
    const next = (joined[joined.length - 1] ?? '') + norm;
    if (!PREFIXES.has(next)) break;
    joined.push(next);
  }
  for (let j = i + joined.length - 1; j >= i; j--) {
    const norm = joined[j - i];
    const entries = BY_NORM.get(norm);
    if (!entries) continue;
    const inTable = entries.find((e) => e.table === ctx.table);
    // A short label of another table ("其他", "总计") is weaker than a near miss in the current one.
    if (!inTable && j === i && norm.length <= 3) {
      const near = nearMiss(norm, ctx);
      if (near) return [hit(near.entry, near.match, pieces, i, i, text)];
    }
    const entry = inTable ?? pick(entries, ctx);
    return [hit(entry, joinKind(pieces, i, j, text, entry), pieces, i, j, text)];
  }
  const piece = pieces[i];
  const norm = norms[i];
  // Flattened dumps keep the spaces of a cell's line wraps: fragments "结果 纠正其他 结果尚未 审结" are one text.
  const to = ctx.loose ? fragmentsEnd(pieces, i, text) : i;
  const group = to > i ? segment(joinedPiece(pieces, i, to, text), null, ctx) : null;
  if (group && group.every((s) => s.kind === 'hit')) return group.map((s) => ({ ...s, first: i, last: to }));
  // 2. Several labels in one cell, nothing left over.
  const segs = segment(piece, norm, ctx);
  if (segs && segs.every((s) => s.kind === 'hit') && segs.length > 1) return segs.map((s) => ({ ...s, first: i, last: i }));
  // 3. Near miss of this piece; 4. near miss of this piece joined with the next (a split label with a typo).
  const near = nearMiss(norm.text, ctx);
  if (near) return [hit(near.entry, near.match, pieces, i, i, text)];
  if (i + 1 < pieces.length) {
    const joined = nearMiss(norm.text + norms[i + 1].text, ctx);
    if (joined && joined.match !== 'truncated') return [hit(joined.entry, joined.match, pieces, i, i + 1, text)];
  }
  // 5. Flattened dumps: keep whatever labels the token (or its fragments) holds, a leftover read as a near miss.
  if (group && group.some((s) => s.kind === 'hit')) return nearLeftovers(group, ctx).map((s) => ({ ...s, first: i, last: to }));
  if (ctx.loose && segs && segs.some((s) => s.kind === 'hit')) return nearLeftovers(segs, ctx).map((s) => ({ ...s, first: i, last: i }));
  return [{ kind: 'unknown', written: piece.raw, start: piece.start, end: piece.end, first: i, last: i }];
}

function isDistinctive(entry: LabelEntry): boolean {
  return entry.norm.length >= 4 || BY_NORM.get(entry.norm)!.length === 1;
}

/** Labels of three characters or fewer. */
const SHORT = 3;

/**
 * Whether a hit moves the reader to its table. Short labels shared by several tables ("总计") never do, and no
 * short label moves it away from the table of the part it is in ("其他" of 表三 read inside 表四's header).
 */
function movesTo(entry: LabelEntry, ctx: MatchContext): boolean {
  if (!isDistinctive(entry)) return false;
  return entry.norm.length > SHORT || !ctx.home || ctx.table !== ctx.home;
}

/** Fragments read as one text at most (a header of wrapped cells has a few dozen; the bound keeps it linear). */
const MAX_FRAGMENTS = 48;

/** Last index of the fragments from pieces[i] on that only single spaces between CJK characters set apart. */
function fragmentsEnd(pieces: readonly LabelPiece[], i: number, text: string): number {
  let k = i;
  while (k + 1 < pieces.length && k - i < MAX_FRAGMENTS && pieces[k + 1].start === pieces[k].end + 1 && /[ \u3000]/.test(text[pieces[k].end]) && isCjk(text[pieces[k].end - 1]) && isCjk(text[pieces[k + 1].start])) k++;
  return k;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch);
}

function joinedPiece(pieces: readonly LabelPiece[], i: number, j: number, text: string): LabelPiece {
  return { raw: text.slice(pieces[i].start, pieces[j].end), start: pieces[i].start, end: pieces[j].end };
}

/** Unknown stretches between labels of a segmented token, read as near misses of the current table ("先行有效件数"). */
function nearLeftovers(items: RunItem[], ctx: MatchContext): RunItem[] {
  const local: MatchContext = { ...ctx };
  return items.map((item) => {
    if (item.kind === 'hit') {
      if (movesTo(item.entry, local)) local.table = item.entry.table;
      local.last = item.entry;
      return item;
    }
    const norm = normalizedPiece(item.written).text;
    const near = norm.length > SHORT ? nearMiss(norm, local) : null;
    if (!near || near.match === 'truncated') return item;
    const { written, start, end, first, last } = item;
    local.last = near.entry;
    return { kind: 'hit', entry: near.entry, match: near.entry.legacy ? 'legacy' : near.match, written, start, end, first, last };
  });
}

function hit(entry: LabelEntry, match: LabelMatch, pieces: readonly LabelPiece[], i: number, j: number, text: string): RunItem {
  const start = pieces[i].start;
  const end = pieces[j].end;
  // A 2019 label split over lines is reported as split: that is what is wrong with how it is written.
  const kind = entry.legacy && match !== 'split' ? 'legacy' : match;
  return { kind: 'hit', entry, match: kind, written: writtenOf(pieces, i, j, text), start, end, first: i, last: j };
}

/**
 * The label as written: one piece as it is; pieces on one line with only spaces between them as the source has
 * them ("结果 维持"); otherwise (several lines, or markup between, as in HTML) the pieces joined.
 */
function writtenOf(pieces: readonly LabelPiece[], i: number, j: number, text: string): string {
  if (i === j) return pieces[i].raw;
  const source = text.slice(pieces[i].start, pieces[j].end);
  const raws = pieces.slice(i, j + 1).map((p) => p.raw);
  return !/[\r\n]/.test(source) && source.replace(/\s+/g, '') === raws.join('').replace(/\s+/g, '') ? source : raws.join('');
}

/** exact / spaced / split for an exact match of pieces i..j (rulebook §3.8, §9). */
function joinKind(pieces: readonly LabelPiece[], i: number, j: number, text: string, entry: LabelEntry): LabelMatch {
  if (j > i && /[\r\n]/.test(text.slice(pieces[i].start, pieces[j].end))) return 'split';
  if (entry.legacy) return 'legacy';
  return hasStraySpace(writtenOf(pieces, i, j, text)) ? 'spaced' : 'exact';
}

/** A leading enumerator as written, with the spaces around it: "(一) ", "1. ", "三、". */
const WRITTEN_ENUMERATOR = /^\s*(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．,，]|\d{1,2}\s*[.．、,，])\s*/;
/** Whitespace (NBSP and U+3000 included) between two CJK ideographs: "自 然 人", "重新 出具". */
const CJK_GAP = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]\s+[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * A label with stray spaces: whitespace between two CJK characters of the label proper. A space after its
 * enumerator ("(一) 予以公开", "1. 属于国家秘密") or next to punctuation ("之和, 等于") is how such text is
 * typeset, not a defect of the label.
 */
export function hasStraySpace(written: string): boolean {
  return CJK_GAP.test(written.replace(WRITTEN_ENUMERATOR, ''));
}

/** Among equal candidates, the one that comes next in its table's order after the last label read. */
function pick(entries: readonly LabelEntry[], ctx: MatchContext): LabelEntry {
  const inTable = entries.filter((e) => e.table === ctx.table);
  const pool = inTable.length > 0 ? inTable : entries;
  if (!ctx.last || pool.length === 1) return pool[0];
  const size = BY_TABLE.get(pool[0].table)!.length;
  const last = ctx.last.table === pool[0].table ? ctx.last.order : -1;
  // The first of the nearest ones: what a stable sort by distance would put first.
  let best = pool[0];
  let bestDistance = forward(last, best.order, size);
  for (let k = 1; k < pool.length; k++) {
    const d = forward(last, pool[k].order, size);
    if (d < bestDistance) {
      best = pool[k];
      bestDistance = d;
    }
  }
  return best;
}

function forward(from: number, to: number, size: number): number {
  return (((to - from - 1) % size) + size) % size;
}

/**
 * Largest edit distance accepted as a typo for a label of this length: none for short labels, one up to five
 * characters, then about a quarter of the label (at least 2): three characters lost from a 14-character row
 * label are still that row, and a fixed budget of 2 made it an unknown label whose values went nowhere.
 */
export function typoBudget(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : Math.max(2, Math.floor(length / 4));
}

/** Share of the characters of `label` that `written` has too (as a multiset): "其他法律行政止公开" has 9/12. */
export function sharedShare(written: string, label: string): number {
  if (label.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of written) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of label) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return shared / label.length;
}

/** A leading enumerator of normalised text ("2.", "(三)", "四、"), or "" when there is none. */
function enumeratorOf(norm: string): string {
  return norm.slice(0, norm.length - stripEnumerator(norm).length);
}

/** Characters in common that make a misspelt row label the row the template puts next (see nextRowTypo). */
const NEXT_ROW_SHARE = 0.7;

/**
 * The order and enumerator prior: a label that no budget accepts but that carries the enumerator of the row the
 * template has next after the last label read, and shares most of that row's characters, is that row misspelt
 * (a real report writes its rows in the template's order; a different label there would be a new row).
 */
function nextRowTypo(w: string, ctx: MatchContext): Near | null {
  const last = ctx.last;
  if (!last || last.role !== 'row' || last.table !== ctx.table) return null;
  const enumerator = enumeratorOf(w);
  if (enumerator === '') return null;
  const next = BY_TABLE.get(last.table)!.find((e) => e.role === 'row' && e.order > last.order && e.legacy === last.legacy);
  if (!next || enumeratorOf(next.norm) !== enumerator) return null;
  const [bare, label] = [stripEnumerator(w), BARE.get(next)!];
  // Both ways: most of the row's characters are there, and few others (not a longer, different text).
  return sharedShare(bare, label) >= NEXT_ROW_SHARE && sharedShare(label, bare) >= NEXT_ROW_SHARE ? { entry: next, match: 'typo' } : null;
}

interface Near {
  entry: LabelEntry;
  match: LabelMatch;
}

/** Near misses of normalised text `w` among the current table's labels (all tables when none is known). */
function nearMiss(w: string, ctx: MatchContext): Near | null {
  if (w.length < 2) return null;
  const pool = ctx.table ? BY_TABLE.get(ctx.table)! : VOCABULARY;
  const bare = stripEnumerator(w);
  let best: { near: Near; score: number }[] = [];
  for (const e of pool) {
    const eBare = BARE.get(e)!;
    let score = Infinity;
    let match: LabelMatch = 'typo';
    if (bare === eBare && bare.length >= 2) score = 0.5; // enumerator missing or different
    else if (bare.length >= 2 && bare.length < eBare.length && eBare.startsWith(bare)) {
      score = 1;
      match = 'truncated';
    } else {
      // The longer of the two sets the budget: characters lost from a long label are still within it.
      const budget = typoBudget(Math.max(w.length, e.norm.length));
      const d = editDistance(w, e.norm, budget);
      if (d <= budget) score = d;
    }
    if (score === Infinity) continue;
    if (best.length === 0 || score < best[0].score) best = [{ near: { entry: e, match }, score }];
    else if (score === best[0].score) best.push({ near: { entry: e, match }, score });
  }
  if (best.length === 0) return nextRowTypo(w, ctx);
  const chosen = pick(best.map((b) => b.near.entry), ctx);
  return best.find((b) => b.near.entry === chosen)!.near;
}

/** Greedy longest-first segmentation of one piece into template labels; null when nothing is found. */
function segment(piece: LabelPiece, normalized: Normalized | null, ctx: MatchContext): RunItem[] | null {
  const { text: norm, map } = normalized ?? normalizedPiece(piece.raw);
  const out: RunItem[] = [];
  let unknownFrom = -1;
  let found = false;
  const local: MatchContext = { ...ctx };
  // Source offsets of normalised characters [a, b): from the first one's start to just past the last one.
  const at = (a: number, b: number): { start: number; end: number; written: string } => {
    const s = map[a];
    const e = map[b - 1] + 1;
    return { start: piece.start + s, end: piece.start + e, written: piece.raw.slice(s, e) };
  };
  const flushUnknown = (to: number): void => {
    if (unknownFrom < 0) return;
    // Text between two labels of a run-together header may be a misspelt label ("…件数先行有效件数规范性文件").
    const near = to - unknownFrom >= 4 ? nearMiss(norm.slice(unknownFrom, to), local) : null;
    if (near?.match === 'typo') out.push({ kind: 'hit', entry: near.entry, match: 'typo', ...at(unknownFrom, to), first: 0, last: 0 });
    else out.push({ kind: 'unknown', ...at(unknownFrom, to), first: 0, last: 0 });
    unknownFrom = -1;
  };
  for (let k = 0; k < norm.length; ) {
    const first = longestAt(norm, k);
    if (!first) {
      if (unknownFrom < 0) unknownFrom = k;
      k++;
      continue;
    }
    flushUnknown(k);
    const longest = BY_FIRST.get(norm.charCodeAt(k))!.filter((e) => e.norm.length === first.norm.length && norm.startsWith(e.norm, k));
    const end = k + longest[0].norm.length;
    const where = at(k, end);
    // A short label of another table inside the part's own table ("其他" in 表四's header) is a near miss there.
    const near = longest[0].norm.length <= SHORT && local.home && local.table === local.home && !longest.some((e) => e.table === local.table) ? nearMiss(longest[0].norm, local) : null;
    const entry = near ? near.entry : pick(longest, local);
    const match: LabelMatch = near ? near.match : entry.legacy ? 'legacy' : hasStraySpace(where.written) ? 'spaced' : 'exact';
    out.push({ kind: 'hit', entry, match, ...where, first: 0, last: 0 });
    if (movesTo(entry, local)) local.table = entry.table;
    local.last = entry;
    found = true;
    k = end;
  }
  flushUnknown(norm.length);
  return found ? out : null;
}

/**
 * Template labels in normalised text, greedy longest first from the left (as segmentation reads a token):
 * `visit(entry, from, to)` for each, with offsets into `norm`. For finding tables in a line of prose.
 */
export function scanLabels(norm: string, visit: (entry: LabelEntry, from: number, to: number) => void): void {
  for (let k = 0; k < norm.length; ) {
    const found = longestAt(norm, k);
    if (found) {
      visit(found, k, k + found.norm.length);
      k += found.norm.length;
    } else k++;
  }
}

/** The first of the longest labels (of two or more characters) that `norm` holds at k. */
function longestAt(norm: string, k: number): LabelEntry | undefined {
  const list = BY_FIRST.get(norm.charCodeAt(k));
  if (list) for (const e of list) if (norm.startsWith(e.norm, k)) return e;
  return undefined;
}

/** Every label of one table in the template vocabulary. */
export function vocabularyOf(table: TableKey): readonly LabelEntry[] {
  return BY_TABLE.get(table) ?? [];
}
