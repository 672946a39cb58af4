// The report-commit ledger shared by the fleet: the worker that reviews our report commit's synchronize is
// rarely the one that made the commit, so the loop guard reads what any worker recorded (a key per commit, TTL).
import type { Redis } from 'ioredis';
import type { ReportCommitEntry, ReportLedgerStore } from '../review/report-ledger.js';

export class RedisReportLedger implements ReportLedgerStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'sentinel:ledger:',
    private readonly ttlSeconds = 14 * 24 * 3600,
  ) {}

  async record(commitSha: string, entry: ReportCommitEntry): Promise<void> {
    await this.redis.set(this.prefix + commitSha, JSON.stringify(entry), 'EX', this.ttlSeconds);
  }

  async entryFor(commitSha: string): Promise<ReportCommitEntry | undefined> {
    const text = await this.redis.get(this.prefix + commitSha);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as ReportCommitEntry;
    } catch {
      return undefined; // a damaged entry only costs a full review
    }
  }
}
