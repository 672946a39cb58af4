// OSV.dev client: /v1/querybatch for every pinned or locked version, then /v1/vulns/{id} for details; bounded
// concurrency, timeouts, a cache per run, and a clear "skipped" answer (never an exception) when OSV is down.
import PQueue from 'p-queue';
import { z } from 'zod';

export interface OsvVulnerability {
  id: string;
  aliases: string[];
  summary: string;
  /** CVSS vector or qualitative severity, when OSV gives one. */
  severity?: string;
  /** Versions that fix it, for this package (PyPI ecosystem). */
  fixed: string[];
}

export interface OsvPackageQuery {
  name: string;
  version: string;
}

export type OsvAnswer = { ok: true; results: Map<string, OsvVulnerability[]> } | { ok: false; reason: string };

export interface OsvOptions {
  baseUrl?: string;
  timeoutMs?: number;
  concurrency?: number;
  fetch?: typeof fetch;
}

const batchSchema = z.object({
  results: z.array(z.object({ vulns: z.array(z.object({ id: z.string() })).optional() }).passthrough()),
});

const vulnSchema = z
  .object({
    id: z.string(),
    aliases: z.array(z.string()).optional(),
    summary: z.string().optional(),
    details: z.string().optional(),
    severity: z.array(z.object({ type: z.string(), score: z.string() })).optional(),
    database_specific: z.object({ severity: z.string().optional() }).passthrough().optional(),
    affected: z
      .array(
        z
          .object({
            package: z.object({ name: z.string(), ecosystem: z.string() }).passthrough().optional(),
            ranges: z.array(z.object({ events: z.array(z.record(z.string(), z.string())) }).passthrough()).optional(),
          })
          .passthrough(),
      )
      .optional(),
  })
  .passthrough();

const BATCH = 1000; // OSV's limit of queries per batch

export const keyOf = (q: OsvPackageQuery) => `${q.name.toLowerCase()}@${q.version}`;

/** Looks up every (name, version); the answer is keyed by `name@version` (lower-case name). */
export async function queryOsv(queries: readonly OsvPackageQuery[], options: OsvOptions = {}): Promise<OsvAnswer> {
  const base = (options.baseUrl ?? process.env.OSV_API_URL ?? 'https://api.osv.dev').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const unique = [...new Map(queries.map((q) => [keyOf(q), q])).values()];
  const ids = new Map<string, string[]>();
  try {
    for (let i = 0; i < unique.length; i += BATCH) {
      const chunk = unique.slice(i, i + BATCH);
      const body = {
        queries: chunk.map((q) => ({ package: { name: q.name, ecosystem: 'PyPI' }, version: q.version })),
      };
      const raw = await postJson(doFetch, `${base}/v1/querybatch`, body, timeoutMs);
      const parsed = batchSchema.safeParse(raw);
      if (!parsed.success || parsed.data.results.length !== chunk.length)
        return { ok: false, reason: 'OSV answered with an unexpected response' };
      parsed.data.results.forEach((r, j) =>
        ids.set(
          keyOf(chunk[j]!),
          (r.vulns ?? []).map((v) => v.id),
        ),
      );
    }
    const details = await fetchDetails(
      [...new Set([...ids.values()].flat())],
      base,
      doFetch,
      timeoutMs,
      options.concurrency ?? 8,
    );
    const results = new Map<string, OsvVulnerability[]>();
    for (const q of unique) {
      results.set(
        keyOf(q),
        (ids.get(keyOf(q)) ?? []).map((id) => toVulnerability(details.get(id), id, q.name)),
      );
    }
    return { ok: true, results };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}

async function fetchDetails(
  ids: string[],
  base: string,
  doFetch: typeof fetch,
  timeoutMs: number,
  concurrency: number,
) {
  const queue = new PQueue({ concurrency });
  const out = new Map<string, z.infer<typeof vulnSchema>>();
  await Promise.all(
    ids.map((id) =>
      queue.add(async () => {
        const raw = await getJson(doFetch, `${base}/v1/vulns/${encodeURIComponent(id)}`, timeoutMs);
        const parsed = vulnSchema.safeParse(raw);
        if (parsed.success) out.set(id, parsed.data);
      }),
    ),
  );
  return out;
}

function toVulnerability(v: z.infer<typeof vulnSchema> | undefined, id: string, pkg: string): OsvVulnerability {
  const fixed = new Set<string>();
  for (const a of v?.affected ?? []) {
    if (a.package && (a.package.ecosystem !== 'PyPI' || a.package.name.toLowerCase() !== pkg.toLowerCase())) continue;
    for (const r of a.ranges ?? []) for (const e of r.events) if (e.fixed) fixed.add(e.fixed);
  }
  const cvss = v?.severity?.find((s) => s.type.startsWith('CVSS'))?.score;
  const severity = cvss ?? v?.database_specific?.severity;
  return {
    id,
    aliases: v?.aliases ?? [],
    summary: (v?.summary ?? v?.details ?? '').split('\n')[0]!.slice(0, 300),
    ...(severity ? { severity } : {}),
    fixed: [...fixed],
  };
}

async function postJson(doFetch: typeof fetch, url: string, body: unknown, timeoutMs: number): Promise<unknown> {
  const res = await doFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`OSV answered HTTP ${res.status}`);
  return res.json();
}

async function getJson(doFetch: typeof fetch, url: string, timeoutMs: number): Promise<unknown> {
  const res = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`OSV answered HTTP ${res.status}`);
  return res.json();
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'OSV did not answer in time';
  if (e?.message?.startsWith('OSV answered')) return e.message;
  if (e instanceof SyntaxError) return 'OSV answered with invalid JSON';
  return 'OSV unreachable';
}
