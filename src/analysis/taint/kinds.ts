// The vocabulary of the data-flow analysis: sink kinds (each with its CWE), source kinds, and bit masks over them.

/** Every kind of dangerous sink, in a fixed order: a kind's index is its bit in a `KindMask`. */
export const SINK_KINDS = [
  'sql',
  'command',
  'code',
  'path',
  'ssrf',
  'xss',
  'ssti',
  'redirect',
  'ldap',
  'xpath',
  'nosql',
  'deserialization',
  'xxe',
  'header',
  'log',
  'trust-boundary',
  'regex',
  'cookie',
] as const;

export type SinkKind = (typeof SINK_KINDS)[number];

/** A set of sink kinds as bits (a sanitizer's "clears", an origin's "already made safe for"). */
export type KindMask = number;

export const ALL_KINDS: KindMask = (1 << SINK_KINDS.length) - 1;

/** The CWE each sink kind is reported under (a sink model may override it, e.g. `exec` is 94, `eval` 95). */
export const KIND_CWE: Record<SinkKind, string> = {
  sql: 'CWE-89',
  command: 'CWE-78',
  code: 'CWE-95',
  path: 'CWE-22',
  ssrf: 'CWE-918',
  xss: 'CWE-79',
  ssti: 'CWE-1336',
  redirect: 'CWE-601',
  ldap: 'CWE-90',
  xpath: 'CWE-643',
  nosql: 'CWE-943',
  deserialization: 'CWE-502',
  xxe: 'CWE-611',
  header: 'CWE-113',
  log: 'CWE-117',
  'trust-boundary': 'CWE-501',
  regex: 'CWE-1333',
  cookie: 'CWE-614',
};

export function kindBit(kind: SinkKind): number {
  return 1 << SINK_KINDS.indexOf(kind);
}

export function maskOf(kinds: readonly SinkKind[] | 'all'): KindMask {
  if (kinds === 'all') return ALL_KINDS;
  return kinds.reduce((m, k) => m | kindBit(k), 0);
}

/**
 * Where untrusted data comes from. `remote` = an HTTP request or event (always on); `local` = input(),
 * sys.argv, os.environ, files and sockets (off by default); `llm` = a language model's answer.
 */
export type SourceKind = 'remote' | 'local' | 'llm';

/** Sinks an LLM answer is dangerous in (the issue: code, command and SQL); other sources reach every sink. */
export const LLM_SINKS: KindMask = maskOf(['code', 'command', 'sql']);

export function sourceReaches(source: SourceKind, kind: SinkKind): boolean {
  return source !== 'llm' || (LLM_SINKS & kindBit(kind)) !== 0;
}
