// Places the merged cells of a fixture table on its grid (the HTML table algorithm), for the writers that need
// absolute positions (PDF), full rows (Markdown) or the tblGrid width (Word).

/** rows: cells {t, cs?, rs?, kind?} → { width, placed: [{cell, r, c, rs, cs}], grid: slot[][] }. */
export function place(rows) {
  const taken = rows.map(() => []);
  const placed = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r][c]) c++;
      const cs = cell.cs ?? 1;
      const rs = cell.rs ?? 1;
      const p = { cell, r, c, rs, cs };
      placed.push(p);
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken[r + dr][c + dc] = { p, first: dr === 0 && dc === 0 };
      c += cs;
    }
  });
  const width = Math.max(...taken.map((t) => t.length));
  return { width, placed, grid: taken };
}

/** The full grid of texts: a merged cell's text in its first slot, '' in the slots it spans. */
export function fullGrid(rows) {
  const { width, grid } = place(rows);
  return grid.map((line) => Array.from({ length: width }, (_, c) => (line[c]?.first ? line[c].p.cell.t : '')));
}
