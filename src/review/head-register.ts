// The latest head SHA asked to be reviewed per pull request: a job whose head is older is superseded, before it
// starts or at its next step. In-process here; src/fleet/redis-head-register.ts shares it across the fleet.

export interface HeadRegister {
  /** Records `sha` as the newest head of the pull request. */
  mark(key: string, sha: string): Promise<void>;
  latest(key: string): Promise<string | undefined>;
}

export class MemoryHeadRegister implements HeadRegister {
  private readonly heads = new Map<string, string>();

  constructor(private readonly capacity = 20_000) {}

  async mark(key: string, sha: string): Promise<void> {
    this.heads.delete(key);
    this.heads.set(key, sha);
    if (this.heads.size > this.capacity) {
      const oldest = this.heads.keys().next().value;
      if (oldest !== undefined) this.heads.delete(oldest);
    }
  }

  async latest(key: string): Promise<string | undefined> {
    return this.heads.get(key);
  }
}
