// Progress on stderr: a bar redrawn in place on a terminal, a few plain lines otherwise (CI logs).
import type { TextSink } from './io';

export interface Progress {
  advance(by?: number): void;
  finish(): void;
  /** Ends a bar left half-drawn, so an error prints on a line of its own. */
  interrupt(): void;
}

const BAR_WIDTH = 24;

export const startProgress = (sink: TextSink, isTTY: boolean, label: string, total: number): Progress => {
  let done = 0;
  let lastStep = -1;
  let finished = false;
  // A terminal is redrawn at each whole percent; a log gets a line at each tenth.
  const step = () => {
    const share = total === 0 ? 1 : done / total;
    return Math.floor(share * (isTTY ? 100 : 10));
  };
  const render = (final: boolean): string => {
    if (!isTTY) return `${label}: ${done}/${total}\n`;
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}`;
    return `\r${label} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total}${final ? '\n' : ''}`;
  };
  const show = (final: boolean) => {
    const now = step();
    if (now === lastStep && !(final && isTTY)) return;
    lastStep = now;
    sink.write(render(final));
  };
  show(false);
  return {
    advance(by = 1) {
      done = Math.min(total, done + by);
      if (done < total) show(false);
    },
    finish() {
      done = total;
      finished = true;
      show(true);
    },
    interrupt() {
      if (isTTY && !finished) sink.write('\n');
      finished = true;
    },
  };
};
