// Reads a webhook body with GitHub's 25 MB payload limit enforced before the signature is checked: a larger
// Content-Length is refused unread, and a streamed (chunked) body is cut off as soon as it passes the cap.
import type { IncomingMessage } from 'node:http';

/** GitHub never sends a webhook payload over 25 MB. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; status: 413 | 400 };

export function declaredTooLarge(req: IncomingMessage, max = MAX_WEBHOOK_BYTES): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > max;
}

/**
 * Buffers at most `max` bytes. Past the cap it stops buffering and keeps discarding the rest (no memory held), so the
 * sender can still read the 413 before the server closes the connection; a `for await` loop would destroy the
 * socket at once and the client would see EPIPE instead of the answer.
 */
export function readCappedBody(req: IncomingMessage, max = MAX_WEBHOOK_BYTES): Promise<BodyResult> {
  if (declaredTooLarge(req, max)) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      req.off('data', onData).off('end', onEnd);
      req.resume(); // discard what is still coming
      resolve({ ok: false, status: 413 });
    };
    const onEnd = (): void => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    req
      .on('data', onData)
      .on('end', onEnd)
      .once('error', () => resolve({ ok: false, status: 400 }));
  });
}
