// A one-line progress bar on stderr, shown only on a terminal and only for long scans.
export interface Progress {
  advance(files: number): void;
  done(): void;
}

const WIDTH = 30;
/** Below this many files a scan is quick enough that a bar would only flicker. */
export const PROGRESS_MIN_FILES = 200;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, enabled = true): Progress {
  if (!enabled || !stream.isTTY || total < PROGRESS_MIN_FILES) return { advance() {}, done() {} };
  let current = 0;
  let last = 0;
  const draw = () => {
    const filled = Math.round((current / total) * WIDTH);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${current}/${total} files`);
  };
  return {
    advance(files) {
      current = Math.min(total, current + files);
      const now = Date.now();
      if (now - last >= 100 || current === total) {
        last = now;
        draw();
      }
    },
    done() {
      stream.write(`\r${' '.repeat(WIDTH + 30)}\r`);
    },
  };
}
