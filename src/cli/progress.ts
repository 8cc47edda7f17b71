/**
 * Progress of a batch on standard error: a bar redrawn in place on a terminal, one plain
 * line per finished article otherwise (logs, CI, pipes).
 */

export interface Progress {
  /** An article is finished; `line` says how it went. */
  done(line: string): void;
  /** Clear the bar before the summary. */
  end(): void;
}

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function progressOn(stream: Stream, total: number): Progress {
  let finished = 0;
  if (!stream.isTTY) {
    const width = String(total).length;
    return {
      done(line) {
        finished++;
        stream.write(`[${String(finished).padStart(width)}/${total}] ${line}\n`);
      },
      end() {},
    };
  }
  const draw = () => {
    const cols = Math.max(40, stream.columns ?? 80);
    const barWidth = Math.min(30, cols - 20);
    const filled = Math.round((finished / total) * barWidth);
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${finished}/${total} decks`);
  };
  draw();
  return {
    done(line) {
      finished++;
      // Finished lines scroll above the bar, which is drawn again below them.
      stream.write(`\r\x1b[K${line}\n`);
      draw();
    },
    end() {
      stream.write('\r\x1b[K');
    },
  };
}
