// PEP 440 version ordering (enough for picking the smallest fixed release above a pinned version).

interface Parsed {
  epoch: number;
  release: number[];
  pre?: [number, number]; // a=0, b=1, rc=2
  post?: number;
  dev?: number;
}

const VERSION =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:(?:-(\d+))|(?:[-_.]?(?:post|rev|r)[-_.]?(\d*)))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[a-z0-9.]+)?$/i;

export function parseVersion(text: string): Parsed | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  const preKind = m[3]?.toLowerCase();
  const pre: [number, number] | undefined = preKind
    ? [preKind.startsWith('a') ? 0 : preKind.startsWith('b') ? 1 : 2, Number(m[4] || 0)]
    : undefined;
  const post = m[5] ?? m[6];
  return {
    epoch: Number(m[1] ?? 0),
    release: m[2]!.split('.').map(Number),
    ...(pre ? { pre } : {}),
    ...(post !== undefined ? { post: Number(post || 0) } : {}),
    ...(m[7] !== undefined ? { dev: Number(m[7] || 0) } : {}),
  };
}

/** Negative when a < b, 0 when equal, positive when a > b; unparsable versions sort by string. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) return a.localeCompare(b);
  if (pa.epoch !== pb.epoch) return pa.epoch - pb.epoch;
  const len = Math.max(pa.release.length, pb.release.length);
  for (let i = 0; i < len; i++) {
    const d = (pa.release[i] ?? 0) - (pb.release[i] ?? 0);
    if (d !== 0) return d;
  }
  return (
    phase(pa) - phase(pb) ||
    (pa.pre?.[0] ?? 0) - (pb.pre?.[0] ?? 0) ||
    (pa.pre?.[1] ?? 0) - (pb.pre?.[1] ?? 0) ||
    (pa.post ?? -1) - (pb.post ?? -1) ||
    (pa.dev ?? Infinity) - (pb.dev ?? Infinity)
  );
}

/** dev-only < pre-release < final (< post, handled after). */
function phase(v: Parsed): number {
  if (v.pre) return 1;
  if (v.dev !== undefined && v.post === undefined) return 0;
  return 2;
}

export function isPrerelease(version: string): boolean {
  const p = parseVersion(version);
  return Boolean(p && (p.pre || p.dev !== undefined));
}
