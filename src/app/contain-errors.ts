// A failing webhook handler must not tell the sender why: @octokit/webhooks answers with the handler's error
// message and status, and that text can be GitHub's answer to the App (repository names, URLs, permission
// details) or our own internals. Anyone who can reach the webhook URL reads the answer, so the sender gets a
// generic 500 and the operator gets the details in the server log, without request bodies or tokens.

/** The only error a webhook sender sees (its name and message are what @octokit/webhooks puts in the answer). */
export class WebhookHandlerError extends Error {
  constructor(readonly status: 500 | 503 = 500) {
    super(
      status === 503
        ? 'the review queue is unavailable; please redeliver'
        : 'the webhook could not be processed; see the server log',
    );
    this.name = 'Error';
  }
}

/** The queue or the shared state (Redis) cannot take the work now: 503, so the delivery is marked failed and redelivered. */
export class ServiceUnavailable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ServiceUnavailable';
  }
}

interface HandlerContext {
  id: string;
  name: string;
  log: { error(details: object, message: string): void };
}

/** GitHub tokens, installation tokens and JWTs that an error message may quote. */
const TOKEN =
  /\b(?:gh[pousr]_[A-Za-z0-9]{16,255}|github_pat_[A-Za-z0-9_]{20,255}|eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{0,2000})/g;

/** What of an error goes to the log: name, message, status, stack, the request line; never bodies or headers. */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).replace(TOKEN, '[REDACTED]').slice(0, 2000) };
  const e = error as Error & { status?: unknown; request?: { method?: unknown; url?: unknown } };
  return {
    type: e.name,
    message: e.message.replace(TOKEN, '[REDACTED]').slice(0, 2000),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(e.request && typeof e.request.method === 'string' && typeof e.request.url === 'string'
      ? { request: `${e.request.method} ${e.request.url.replace(TOKEN, '[REDACTED]')}` }
      : {}),
    ...(e.stack ? { stack: e.stack.replace(TOKEN, '[REDACTED]') } : {}),
  };
}

/** Wraps a handler: its error is logged with the delivery id and replaced by WebhookHandlerError. */
export function containErrors<C extends HandlerContext>(
  handler: (context: C) => Promise<void>,
): (context: C) => Promise<void> {
  return async (context) => {
    try {
      await handler(context);
    } catch (error) {
      const cause = error instanceof ServiceUnavailable ? { cause: loggableError(error.cause) } : {};
      context.log.error(
        { err: loggableError(error), ...cause, delivery: context.id, event: context.name },
        'webhook handler failed',
      );
      throw new WebhookHandlerError(error instanceof ServiceUnavailable ? 503 : 500);
    }
  };
}
