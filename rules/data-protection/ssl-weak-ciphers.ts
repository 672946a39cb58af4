// ssl-weak-ciphers: SSLContext cipher strings that enable broken or unauthenticated suites.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import type { StaticValue } from '../../src/analysis/python/literals.js';

/** OpenSSL cipher-string keywords that switch on broken or unauthenticated suites. */
const WEAK_KEYWORDS = new Set([
  'ALL',
  'NULL',
  'eNULL',
  'aNULL',
  'EXPORT',
  'EXP',
  'LOW',
  'RC4',
  'DES',
  '3DES',
  'MD5',
  'ADH',
  'AECDH',
  'COMPLEMENTOFALL',
  'SSLv3',
]);
/** Suite names such as RC4-SHA, DES-CBC3-SHA, ADH-AES128-SHA, EXP-RC4-MD5, NULL-SHA256. */
const WEAK_SUITE = /(^|[-_+])(RC4|DES|3DES|NULL|EXP|EXPORT|ADH|AECDH|MD5|anon)([-_+]|$)/i;

export default defineRule({
  meta: {
    id: 'ssl-weak-ciphers',
    title: 'Weak or unauthenticated TLS cipher suites enabled',
    category: 'data-protection',
    cwe: ['CWE-327', 'CWE-326'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['ssl', 'pyOpenSSL'],
    aliases: {},
    messages: {
      weak: '`{{fn}}` enables `{{token}}` cipher suites, which are broken or unauthenticated; use the library defaults or an AEAD-only list.',
    },
    docs: {
      whatItDoes:
        'Flags `set_ciphers(...)` / `set_cipher_list(...)` and `ciphers=` keyword arguments whose constant cipher string enables ALL, NULL, aNULL/ADH, EXPORT, LOW, RC4, DES/3DES or MD5 suites (tokens excluded with `!` or `-` are fine).',
      whyBad:
        'These suites give no authentication (aNULL), no encryption (eNULL), or encryption an attacker can break (RC4, DES, EXPORT) — a downgrade or passive decryption becomes possible.',
      businessImpact: 'Traffic that looks encrypted can be read or modified; compliance scans fail.',
      attackScenario:
        'A legacy client sets `ctx.set_ciphers("ALL:@SECLEVEL=0")` to reach an old server; an attacker on the path forces an export-grade suite and decrypts the session (FREAK/Logjam).',
      example: 'ctx.set_ciphers("ALL:!aNULL")',
      useInstead: "ctx = ssl.create_default_context()  # keeps OpenSSL's secure default cipher list",
      testing:
        'Scan the endpoint with `nmap --script ssl-enum-ciphers` or testssl.sh and assert only AEAD suites are offered.',
      references: [
        'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.set_ciphers',
        'https://wiki.mozilla.org/Security/Server_Side_TLS',
      ],
    },
  },
  hints: ['PoolManager', 'create_urllib3_context', 'set_cipher_list', 'set_ciphers', 'wrap_socket'],
  requires: [['set_cipher', 'ciphers']],
  create(ctx) {
    if (!/set_cipher|ciphers\s*=/.test(ctx.source)) return {};
    const check = (index: number) => (call: CallInfo) => {
      const node = index < 0 ? call.kwarg('ciphers') : call.argOrKwarg(index, 'ciphers');
      const token = weakToken(cipherString(ctx.staticValue(node)));
      if (token)
        ctx.report({
          node: call.node,
          messageId: 'weak',
          data: { fn: call.name ?? call.method ?? 'set_ciphers', token },
        });
    };
    return {
      calls: {
        '*.set_ciphers': check(0),
        '*.set_cipher_list': check(0),
        'ssl.wrap_socket': check(-1),
        'urllib3.util.ssl_.create_urllib3_context': check(-1),
        'urllib3.PoolManager': check(-1),
      },
    };
  },
});

function cipherString(value: StaticValue): string | undefined {
  if (typeof value === 'string') return value;
  return value && typeof value === 'object' && 'bytes' in value ? value.bytes : undefined;
}

/** The first enabled token that names a weak suite; tokens removed with `!` or `-` are fine. */
function weakToken(ciphers: string | undefined): string | undefined {
  for (const token of ciphers?.split(/[:,\s]+/) ?? []) {
    if (!token || token.startsWith('!') || token.startsWith('-') || token.startsWith('@')) continue;
    if (WEAK_KEYWORDS.has(token.replace(/^\+/, '')) || WEAK_SUITE.test(token)) return token;
  }
  return undefined;
}
