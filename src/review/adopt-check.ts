// Which check run a job uses: the one the web tier created `queued` for this commit (waiting, bounded, while that
// create is in flight), one a failed or hung create may still have made (looked up on GitHub), or none — then the
// job creates it, its slot claimed so that no second run appears on the commit.
import type { GitHubPort } from '../github/port.js';
import type { CheckSlots } from './check-slots.js';

export interface AdoptOptions {
  /** How long a create in flight is waited for (the web tier's request deadline and some). */
  waitMs: number;
  pollMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The check run to resume, or undefined when the job must create it (the slot is then claimed for the job). */
export async function adoptCheck(
  slots: CheckSlots,
  github: Pick<GitHubPort, 'ownOpenCheck'>,
  pr: string,
  sha: string,
  options: AdoptOptions,
): Promise<number | undefined> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (;;) {
    const slot = await slots.take(pr, sha);
    if (slot.state === 'check') return slot.id;
    if (slot.state === 'none') {
      if (await slots.reserve(pr, sha, now())) return undefined;
      continue;
    }
    if (slot.state === 'creating' && now() - slot.since < options.waitMs) {
      await sleep(options.pollMs ?? 100);
      continue;
    }
    // The create failed or outlived its deadline: GitHub may still have made the run.
    const found = await github.ownOpenCheck(sha);
    if (found) await slots.started(pr, sha, found);
    return found;
  }
}

/** The check run a superseded job leaves behind on its commit, if it has one (no waiting). */
export async function takenCheck(slots: CheckSlots, pr: string, sha: string): Promise<number | undefined> {
  const slot = await slots.take(pr, sha);
  return slot.state === 'check' ? slot.id : undefined;
}
