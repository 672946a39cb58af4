// Reads the web tier's own measure of its answers (sentinel_webhook_answer_seconds on /metrics): the time a webhook
// took from arrival to answer inside the server, free of the load generator's own event-loop delays.
export interface AnswerTimes {
  /** Webhooks answered 2xx, over every scraped replica. */
  count: number;
  /** Share answered within `le` seconds, per histogram bucket bound. */
  within: Map<number, number>;
}

export async function webhookAnswers(baseUrls: string[]): Promise<AnswerTimes> {
  const cumulative = new Map<number, number>();
  let count = 0;
  for (const base of baseUrls) {
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const line of text.split('\n')) {
      if (!line.startsWith('sentinel_webhook_answer_seconds') || !line.includes('status="2xx"')) continue;
      const value = Number(line.slice(line.lastIndexOf(' ') + 1));
      if (line.startsWith('sentinel_webhook_answer_seconds_count')) count += value;
      const le = /le="([^"]+)"/.exec(line)?.[1];
      if (le && le !== '+Inf') cumulative.set(Number(le), (cumulative.get(Number(le)) ?? 0) + value);
    }
  }
  const within = new Map([...cumulative].sort(([a], [b]) => a - b).map(([le, n]) => [le, count ? n / count : 0]));
  return { count, within };
}

/** The smallest bucket bound (ms) within which at least `p` % of answers fell: an upper bound of the percentile. */
export function percentileBound(times: AnswerTimes, p: number): string {
  for (const [le, share] of times.within) if (share * 100 >= p) return `≤ ${le * 1000} ms`;
  return '> 10 s';
}

/**
 * The web replicas' event-loop delay since the last scrape (scrape this first) (prom-client's default metrics, prefix
 * `sentinel_process_`): the worst p99 and max over the replicas, in ms. A webhook that arrives while the loop is
 * blocked waits that long before its first byte is read.
 */
export async function eventLoopDelay(baseUrls: string[]): Promise<{ p99Ms: number; maxMs: number }> {
  let p99Ms = 0;
  let maxMs = 0;
  for (const base of baseUrls) {
    const text = await (await fetch(`${base}/metrics`)).text();
    const read = (name: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`sentinel_process_${name} `));
      return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) * 1000 : 0;
    };
    p99Ms = Math.max(p99Ms, read('nodejs_eventloop_lag_p99_seconds'));
    maxMs = Math.max(maxMs, read('nodejs_eventloop_lag_max_seconds'));
  }
  return { p99Ms, maxMs };
}
