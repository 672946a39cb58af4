// The one check run per commit, agreed between the web tier (which creates it `queued` right after answering the
// webhook) and the worker that runs the review (which adopts it, or creates it when the web could not). A slot per
// commit of a pull request: `c:<ms>` being created since, `f` creation failed, `q:<id>` queued and no job started it,
// `r:<id>` taken by a job, `x:<id>` completed "superseded" before any job started;
// a slot is freed once its job's check is completed, so a later review of the same commit (reopened, re-delivered
// with a new id) creates a check of its own instead of re-opening a finished one. In-process here;
// src/fleet/redis-check-slots.ts shares them across the fleet.

export type Slot =
  { state: 'none' } | { state: 'creating'; since: number } | { state: 'failed' } | { state: 'check'; id: number };

export interface CheckSlots {
  /** Claims creation of the commit's check; false when a check exists or is being created (no second one). */
  reserve(pr: string, sha: string, now: number): Promise<boolean>;
  /** The web tier's queued check exists. */
  queued(pr: string, sha: string, id: number): Promise<void>;
  /** Creating it failed (or hung): the worker looks on GitHub before creating its own. */
  failed(pr: string, sha: string): Promise<void>;
  /** The commit's slot for the job that reviews it; a queued check becomes taken (never superseded by others). */
  take(pr: string, sha: string): Promise<Slot>;
  /** The check a job created or adopted. */
  started(pr: string, sha: string, id: number): Promise<void>;
  /** The commit's check `id` is completed: its slot is freed, so that a later review of the commit gets its own check. */
  finished(pr: string, sha: string, id: number): Promise<void>;
  /** Queued checks of the pull request's other commits that no job took: marked superseded, their ids returned. */
  supersedeOthers(pr: string, headSha: string): Promise<number[]>;
}

/** Parses a stored slot value. */
export function parseSlot(value: string | null | undefined): Slot {
  if (!value) return { state: 'none' };
  if (value === 'f') return { state: 'failed' };
  const [kind, rest] = [value.slice(0, 2), Number(value.slice(2))];
  if (kind === 'c:') return { state: 'creating', since: rest };
  return Number.isFinite(rest) ? { state: 'check', id: rest } : { state: 'none' };
}

export class MemoryCheckSlots implements CheckSlots {
  private readonly slots = new Map<string, Map<string, string>>();

  constructor(private readonly capacity = 20_000) {}

  async reserve(pr: string, sha: string, now: number): Promise<boolean> {
    const slots = this.of(pr);
    if (slots.has(sha)) return false;
    slots.set(sha, `c:${now}`);
    return true;
  }

  async queued(pr: string, sha: string, id: number): Promise<void> {
    this.of(pr).set(sha, `q:${id}`);
  }

  async failed(pr: string, sha: string): Promise<void> {
    this.of(pr).set(sha, 'f');
  }

  async take(pr: string, sha: string): Promise<Slot> {
    const slots = this.of(pr);
    const value = slots.get(sha);
    if (value?.startsWith('q:')) slots.set(sha, `r:${value.slice(2)}`);
    return parseSlot(value);
  }

  async started(pr: string, sha: string, id: number): Promise<void> {
    this.of(pr).set(sha, `r:${id}`);
  }

  async finished(pr: string, sha: string, id: number): Promise<void> {
    const slots = this.of(pr);
    if (slots.get(sha) === `r:${id}`) slots.delete(sha);
  }

  async supersedeOthers(pr: string, headSha: string): Promise<number[]> {
    const ids: number[] = [];
    for (const [sha, value] of this.of(pr)) {
      if (sha === headSha || !value.startsWith('q:')) continue;
      this.of(pr).set(sha, `x:${value.slice(2)}`);
      ids.push(Number(value.slice(2)));
    }
    return ids;
  }

  private of(pr: string): Map<string, string> {
    let slots = this.slots.get(pr);
    if (!slots) {
      slots = new Map();
      this.slots.set(pr, slots);
      if (this.slots.size > this.capacity) this.slots.delete(this.slots.keys().next().value!);
    }
    return slots;
  }
}
