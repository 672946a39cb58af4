// A GitHubPort that stops at its next call once `signal` is aborted: a superseded, timed-out or handed-back review
// makes no further request (no comment two seconds after its check said "timed out").
import type { GitHubPort } from '../github/port.js';

export function abortablePort(github: GitHubPort, signal: AbortSignal): GitHubPort {
  return new Proxy(github, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        signal.throwIfAborted();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
