// Automatic numbering (word/numbering.xml): a heading typed as "总体情况" in a list whose level text is "%1、"
// reads "一、总体情况" on the page, and the rules match the page. Counters run per list and level, in document
// order; a level restarts when a shallower level of the same list advances.
import type { Element } from '@xmldom/xmldom';
import { attr, child, children, intAttr, path } from './docx-xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五 (enough for any list in a report). */
export function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

function letters(n: number, base: string): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = base[(k - 1) % 26] + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let k = n;
  for (const [v, r] of table) for (; k >= v; k -= v) s += r;
  return s;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevels(abstract: Element): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of children(abstract, 'lvl')) {
    const suff = attr(child(lvl, 'suff'), 'val') ?? 'tab';
    out.set(intAttr(lvl, 'ilvl', 0), {
      start: intAttr(child(lvl, 'start'), 'val', 1),
      format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: attr(child(lvl, 'lvlText'), 'val') ?? '',
      // A tab after "一、" is layout; a space is kept.
      suffix: suff === 'space' ? ' ' : '',
    });
  }
  return out;
}

/** Returns the label of each numbered paragraph in turn ("一、", "（二）", "3."), or '' for bullets. */
export function numberingCounter(numbering: Element | undefined): (numPr: Element | undefined) => string {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { levels: Map<number, Level>; starts: Map<number, number> }>();
  if (numbering) {
    for (const a of children(numbering, 'abstractNum')) abstracts.set(attr(a, 'abstractNumId') ?? '', readLevels(a));
    for (const n of children(numbering, 'num')) {
      const levels = abstracts.get(attr(child(n, 'abstractNumId'), 'val') ?? '') ?? new Map<number, Level>();
      const starts = new Map<number, number>();
      for (const o of children(n, 'lvlOverride')) {
        const s = path(o, 'startOverride');
        if (s) starts.set(intAttr(o, 'ilvl', 0), intAttr(s, 'val', 1));
      }
      nums.set(attr(n, 'numId') ?? '', { levels, starts });
    }
  }
  // Word counts per abstract list: two num ids sharing one abstractNum continue each other's numbers.
  const counters = new Map<Map<number, Level>, number[]>();
  return (numPr) => {
    const numId = attr(child(numPr, 'numId'), 'val');
    const num = numId ? nums.get(numId) : undefined;
    if (!num || numId === '0') return '';
    const ilvl = intAttr(child(numPr, 'ilvl'), 'val', 0);
    const level = num.levels.get(ilvl);
    if (!level || level.format === 'bullet') return '';
    const counts = counters.get(num.levels) ?? [];
    counters.set(num.levels, counts);
    const startOf = (l: number): number => num.starts.get(l) ?? num.levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = num.levels.get(l);
      return formatNumber(counts[l] ?? startOf(l), lv?.format ?? 'decimal');
    });
    return label + level.suffix;
  };
}
