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

export async function readCappedBody(req: IncomingMessage, max = MAX_WEBHOOK_BYTES): Promise<BodyResult> {
  if (declaredTooLarge(req, max)) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > max) return { ok: false, status: 413 }; // stop buffering; the caller closes the connection
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { ok: false, status: 400 };
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
