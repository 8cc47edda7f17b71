/**
 * Progress of a batch on standard error: on a terminal, one bar redrawn in place (the
 * summary that follows lists every deck); otherwise one plain line per finished article,
 * for logs and CI.
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
  let last = '';
  const draw = () => {
    const cols = Math.max(40, stream.columns ?? 80);
    const barWidth = Math.min(30, cols - 20);
    const filled = Math.round((finished / total) * barWidth);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${finished}/${total} decks`;
    // The line must fit the terminal, or \r would only redraw its last row.
    const tail = last ? `  ${last}` : '';
    stream.write(`\r\x1b[K${bar}${tail.length > cols - bar.length - 1 ? `${tail.slice(0, Math.max(0, cols - bar.length - 2))}…` : tail}`);
  };
  draw();
  return {
    done(line) {
      finished++;
      last = line;
      draw();
    },
    end() {
      stream.write('\r\x1b[K');
    },
  };
}
