// The progress bar: drawn only on a terminal and only for long scans, cleared at the end.
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const stream = {
    isTTY,
    text: '',
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

describe('createProgress', () => {
  it('draws a bar on a TTY for long scans and clears it when done', () => {
    const stream = fakeStream(true);
    const bar = createProgress(PROGRESS_MIN_FILES, stream as unknown as NodeJS.WriteStream);
    bar.advance(PROGRESS_MIN_FILES);
    expect(stream.text).toContain(`] ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} files`);
    bar.done();
    expect(stream.text.endsWith('\r')).toBe(true);
  });

  it('stays silent when stderr is not a terminal, the scan is short, or it is turned off', () => {
    for (const [tty, total, enabled] of [
      [false, 1000, true],
      [true, 10, true],
      [true, 1000, false],
    ] as const) {
      const stream = fakeStream(tty);
      const bar = createProgress(total, stream as unknown as NodeJS.WriteStream, enabled);
      bar.advance(total);
      bar.done();
      expect(stream.text).toBe('');
    }
  });
});
