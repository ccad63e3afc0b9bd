// A one-line progress bar on stderr for batches. Drawn only when stderr is a terminal; anything written to the
// terminal in between goes through `clear()` first so results and the bar never mix on one line.
import { displayWidth, truncateDisplay } from '@govlint/core/runtime';

export interface Progress {
  tick(file: string): void;
  clear(): void;
  done(): void;
}

const NOOP: Progress = { tick() {}, clear() {}, done() {} };

export function createProgress(total: number, stream: NodeJS.WriteStream | undefined): Progress {
  if (!stream?.isTTY || total < 2) return NOOP;
  let count = 0;
  let shown = false;
  let lastFile = '';
  let lastDraw = 0;
  const draw = () => {
    const columns = stream.columns || 80;
    const bar = 20;
    const filled = Math.round((count / total) * bar);
    const head = `[${'█'.repeat(filled)}${'░'.repeat(bar - filled)}] ${count}/${total} `;
    const line = head + truncateDisplay(lastFile, Math.max(0, columns - displayWidth(head) - 1));
    stream.write(`\r\u001b[2K${line}`);
    shown = true;
  };
  return {
    tick(file) {
      count += 1;
      lastFile = file;
      const now = Date.now();
      // Redrawing on every file of a fast batch costs more than linting; 20 frames a second is plenty.
      if (now - lastDraw > 50 || count === total) {
        lastDraw = now;
        draw();
      }
    },
    clear() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
    done() {
      this.clear();
    },
  };
}
