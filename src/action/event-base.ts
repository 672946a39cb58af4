// What the triggering event says about the code under review: the commit to diff against (a pull request's or a
// merge group's base) and whether the pull request comes from a fork (its token cannot upload code scanning results).
import { readFileSync } from 'node:fs';

export interface EventContext {
  /** Base commit sha, for pull_request, pull_request_target and merge_group events. */
  baseSha?: string;
  /** A pull request whose head lives in another repository. */
  fromFork: boolean;
  /** The event name, for the summary. */
  event: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

interface Payload {
  pull_request?: {
    base?: { sha?: unknown; repo?: { full_name?: unknown } };
    head?: { repo?: { full_name?: unknown } | null };
  };
  merge_group?: { base_sha?: unknown };
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) ? value : undefined;
}

/** Reads $GITHUB_EVENT_NAME and the payload at $GITHUB_EVENT_PATH (absent or unreadable: no base). */
export function readEvent(env: NodeJS.ProcessEnv): EventContext {
  const event = env.GITHUB_EVENT_NAME ?? '';
  let payload: Payload = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
  } catch {
    payload = {};
  }
  if (event === 'pull_request' || event === 'pull_request_target') {
    const pr = payload.pull_request;
    const base = sha(pr?.base?.sha);
    const fromFork = pr?.head?.repo?.full_name !== pr?.base?.repo?.full_name;
    return { event, fromFork, ...(base ? { baseSha: base } : {}) };
  }
  if (event === 'merge_group') {
    const base = sha(payload.merge_group?.base_sha);
    return { event, fromFork: false, ...(base ? { baseSha: base } : {}) };
  }
  return { event, fromFork: false };
}
