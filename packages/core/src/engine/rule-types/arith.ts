// What `sum` and `compare` share: blank cells make a check unverifiable (never 0), reported once per rule.
import type { DocContext } from '../doc-context.js';
import type { ExprValue, UsedCell } from '../expr.js';
import type { Finding, LocalizedText, RuleOptions } from '../types.js';
import type { Level } from '../../report/diagnostic.js';
import { cellLabel } from '../../model/cell-labels.js';

export const ambiguousMessages: Record<string, LocalizedText> = {
  ambiguous: {
    zh: '有 {{count}} 项核对涉及连写数字拆分不唯一的单元格，无法核验（{{keys}}）',
    en: '{{count}} check(s) rest on cells whose run-together digits split more than one way: cannot verify ({{keys}})',
  },
};

export const arithMessages: Record<string, LocalizedText> = {
  unverifiable: {
    zh: '有 {{count}} 项核对因单元格空白或缺失无法进行（{{keys}}）',
    en: '{{count}} check(s) could not be made because cells are blank or missing ({{keys}})',
  },
  ...ambiguousMessages,
};

export const arithOptionsSchema = {
  type: 'object',
  properties: { unverifiableLevel: { enum: ['error', 'warning', 'info', 'off'] }, ambiguousLevel: { enum: ['error', 'warning', 'info', 'off'] } },
};

export const arithDefaultOptions = { unverifiableLevel: 'info', ambiguousLevel: 'info' };

/** Whether a check rests on a cell whose run-together digits split more than one way (model: `alternatives`). */
export function restsOnAmbiguous(cells: readonly UsedCell[]): boolean {
  return cells.some((c) => c.cell.alternatives !== undefined);
}

/**
 * The checks that failed on one reading of ambiguous run-together digits: another reading may keep them, so they
 * are reported once, as "cannot verify", instead of as mismatches.
 */
export class Ambiguous {
  private count = 0;
  private readonly cells: UsedCell[] = [];

  add(cells: readonly UsedCell[]): void {
    this.count++;
    for (const c of cells) if (c.cell.alternatives !== undefined && !this.cells.some((x) => x.key === c.key)) this.cells.push(c);
  }

  finding(doc: DocContext, options: RuleOptions): Finding | null {
    const level = (options.ambiguousLevel ?? 'info') as Level;
    if (this.count === 0 || level === 'off') return null;
    const shown = this.cells.slice(0, 3).map((c) => `${cellLabel(c.key) ?? c.key} = ${[c.cell.value, ...(c.cell.alternatives ?? [])].join('/')}`);
    const keys = shown.join('、') + (this.cells.length > 3 ? ` 等 ${this.cells.length} 项` : '');
    return { messageId: 'ambiguous', level, span: this.cells[0]?.cell.span ?? doc.documentStart, data: { count: this.count, keys }, related: relatedCells(this.cells.slice(0, 5)) };
  }
}

/** A note for a mismatch shown on run-together digits that no split reads consistently ("as read"). */
export function asReadNote(cells: readonly UsedCell[]): NonNullable<Finding['related']> {
  const guessed = cells.find((c) => c.cell.uncertain && c.cell.alternatives === undefined);
  return guessed ? [{ message: '按连写数字的一种拆分读数：没有一种拆分能满足勾稽关系', span: guessed.cell.span, key: guessed.key }] : [];
}

/** Related locations: every cell of the check, with its value as written. */
export function relatedCells(cells: readonly UsedCell[]): NonNullable<Finding['related']> {
  const seen = new Set<string>();
  const out: NonNullable<Finding['related']> = [];
  for (const { key, cell } of cells) {
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ message: `${cellLabel(key) ?? key} = ${cell.raw.trim() === '' ? '（空）' : cell.raw.trim()}`, span: cell.span, key });
  }
  return out;
}

/** Collects the checks that could not be made. */
export class Unverified {
  private count = 0;
  private readonly keys: string[] = [];
  private readonly blankCells: UsedCell[] = [];

  /** Adds a check whose sides are not all known; a check on a table that is wholly absent is not counted. */
  add(...sides: ExprValue[]): void {
    let present = 0;
    for (const s of sides) {
      if (s.status === 'ok') present += s.cells.length;
      if (s.status === 'blank') {
        present += s.present;
        this.keys.push(...s.blank);
        // Only the first five are shown (as related locations).
        for (const c of s.cells) if (this.blankCells.length < 5 && c.cell.value === null) this.blankCells.push(c);
      }
    }
    if (present > 0) this.count += 1;
  }

  finding(doc: DocContext, options: RuleOptions): Finding | null {
    const level = (options.unverifiableLevel ?? 'info') as Level;
    if (this.count === 0 || level === 'off') return null;
    // Shown by their template labels (“规章·现行有效件数”); the keys stay in the related locations.
    // Only the first three are shown: only they need their label (a blank table has hundreds of keys).
    const unique = [...new Set(this.keys)];
    const shown = unique.slice(0, 3).map((k) => cellLabel(k) ?? k).join('、') + (unique.length > 3 ? ` 等 ${unique.length} 项` : '');
    return {
      messageId: 'unverifiable',
      level,
      span: doc.documentStart,
      data: { count: this.count, keys: shown },
      related: relatedCells(this.blankCells.slice(0, 5)),
    };
  }
}

export function sideValue(v: ExprValue): number | null {
  return v.status === 'ok' ? v.value : null;
}
