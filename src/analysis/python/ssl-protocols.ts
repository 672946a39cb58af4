// SSL/TLS protocol constants that are broken (Bandit's `bad_protocol_versions` for B502–B504).
import type { Node } from '../syntax-node.js';

/** Constant name → human name of the protocol it selects. */
export const BAD_PROTOCOLS: Record<string, string> = {
  PROTOCOL_SSLv2: 'SSLv2',
  SSLv2_METHOD: 'SSLv2',
  SSLv23_METHOD: 'SSLv2/3 negotiation',
  PROTOCOL_SSLv3: 'SSLv3',
  SSLv3_METHOD: 'SSLv3',
  PROTOCOL_TLSv1: 'TLS 1.0',
  TLSv1_METHOD: 'TLS 1.0',
  PROTOCOL_TLSv1_1: 'TLS 1.1',
  TLSv1_1_METHOD: 'TLS 1.1',
};

export const INSECURE_VERSION_HINT =
  'SSLv2 and SSLv3 are broken (DROWN, POODLE) and TLS 1.0/1.1 were deprecated by RFC 8996.';

/** The broken protocol a `ssl.PROTOCOL_TLSv1` / `SSL.SSLv3_METHOD` expression names, if it names one. */
export function badProtocolOf(node: Node): string | undefined {
  if (node.type !== 'attribute' && node.type !== 'identifier') return undefined;
  const last = node.type === 'attribute' ? node.childForFieldName('attribute')?.text : node.text;
  return last ? BAD_PROTOCOLS[last] : undefined;
}
