// The prose's own figures for 表二's document rows ("本年度制发规范性文件34件，现行有效件数424件"): 表二 has no
// printed identity, so these are what can settle a flattened row's run-together digits ("34089" → 34|0|89).
// Only a hint: a figure is used to choose among the compositions of the row's own digits, never to fill a cell.

export interface StatedFigure {
  /** The 表二 row key: regulations (规章) or normativeDocuments (规范性文件). */
  row: 'regulations' | 'normativeDocuments';
  /** The 表二 column key: made (本年制发), repealed (本年废止), valid (现行有效). */
  column: 'made' | 'repealed' | 'valid';
  value: number;
}

/**
 * A row word, a column word, or a count with its unit. A column word applies to the next count of the sentence; a
 * row word to the counts after it until the next row word, or to the count just before it ("印发的22条规范性文件").
 */
const PIECE = /(规章)|(规范性文件)|(制发|制定|出台|印发|新制作|新制定)|(废止|废除|宣布失效)|(现行有效)|(\d+)\s*(?:件|条|部|个|份|项)(?=((?:的)?(?:行政)?(?:规章|规范性文件))?)/g;

type Row = StatedFigure['row'];
type Column = StatedFigure['column'];

export function statedFigures(prose: readonly string[]): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const line of prose) {
    for (const sentence of line.split(/[。；;！？]/)) {
      if (!/规章|规范性文件/.test(sentence)) continue;
      let row: Row | null = null;
      let column: Column | null = null;
      for (const m of sentence.matchAll(PIECE)) {
        if (m[1]) row = 'regulations';
        else if (m[2]) row = 'normativeDocuments';
        else if (m[3]) column = 'made';
        else if (m[4]) column = 'repealed';
        else if (m[5]) column = 'valid';
        else if (m[6] && column) {
          // The row word right after the count names its row ("22条规范性文件"); else the last one named.
          const next: Row | null = m[7] ? (m[7].includes('规章') ? 'regulations' : 'normativeDocuments') : row;
          if (next) out.push({ row: next, column, value: Number(m[6]) });
          column = null;
        }
      }
    }
  }
  return out;
}
