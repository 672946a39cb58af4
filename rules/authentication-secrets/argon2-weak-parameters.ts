// argon2-weak-parameters: Argon2 configured below OWASP's minimum memory/time cost or with short salts/hashes.
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

/** OWASP: m=19456 KiB with t=2 is the smallest recommended configuration (m=47104 allows t=1). */
const MIN_MEMORY_KIB = 19_456;
const DEFAULT_MEMORY_KIB = 65_536; // argon2-cffi's default (RFC 9106 low-memory profile)

export default defineRule({
  meta: {
    id: 'argon2-weak-parameters',
    title: 'Argon2 with weak cost parameters',
    category: 'authentication-secrets',
    cwe: ['CWE-916'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['argon2-cffi', 'passlib'],
    aliases: {},
    fixable: true,
    messages: {
      memory: 'Argon2 memory_cost={{value}} KiB is below {{minimum}} KiB; GPUs crack low-memory Argon2 cheaply.',
      time: "Argon2 time_cost={{value}} with memory_cost={{memory}} KiB is below OWASP's minimum (t>=2 under 46 MiB).",
      length: 'Argon2 {{param}}={{value}} is below 16 bytes.',
    },
    docs: {
      whatItDoes:
        'Flags `argon2.PasswordHasher(...)`, `argon2.low_level.hash_secret(...)` and passlib `argon2.using(...)` with a constant memory_cost under 19 MiB, time_cost 1 with under 46 MiB of memory, or salt_len/hash_len under 16.',
      whyBad:
        "Argon2's resistance to GPU/ASIC cracking comes from its memory cost; turning it down (often done to speed up tests and then shipped) removes most of the protection.",
      businessImpact:
        'Stolen password hashes are cracked at scale, leading to account takeovers here and on other sites where users reused passwords.',
      attackScenario:
        'A configuration copied from a test fixture (`PasswordHasher(time_cost=1, memory_cost=8)`) reaches production; after a breach the attacker cracks most hashes overnight.',
      example: 'ph = PasswordHasher(time_cost=1, memory_cost=1024)',
      useInstead: 'ph = PasswordHasher()  # argon2-cffi defaults: t=3, m=64 MiB, p=4 (RFC 9106)',
      testing:
        'Check `ph.check_needs_rehash(stored_hash)` is False for new hashes and that the encoded hash shows m>=19456.',
      knownProblems:
        'The autofix raises the offending literal (memory_cost to 65536, time_cost to 3, lengths to 16). Only constant arguments are checked; profiles chosen at run time are not.',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id',
        'https://argon2-cffi.readthedocs.io/en/stable/parameters.html',
        'https://www.rfc-editor.org/rfc/rfc9106.html#section-4',
      ],
    },
  },
  hints: ['PasswordHasher', 'hash_secret', 'passlib'],
  create(ctx) {
    const check = (call: CallInfo) => checkParameters(ctx, call);
    return {
      calls: {
        'argon2.PasswordHasher': check,
        'argon2.low_level.hash_secret': check,
        'argon2.low_level.hash_secret_raw': check,
        'passlib.hash.argon2.using': check,
      },
    };
  },
});

function checkParameters(ctx: RuleContext, call: CallInfo): void {
  const num = (name: string) => {
    const v = ctx.staticValue(call.kwarg(name));
    return typeof v === 'number' ? v : undefined;
  };
  const passlib = call.name?.startsWith('passlib') ?? false;
  const timeKeyword = passlib && call.kwarg('rounds') ? 'rounds' : 'time_cost';
  const memory = num('memory_cost');
  const time = num(timeKeyword);
  // Argon2 encodes its parameters in every hash, so raising them never breaks verification of old hashes.
  const report = (messageId: string, data: Record<string, string | number>, param: string, safe: number) => {
    const node = call.kwarg(param);
    // hash_secret_raw returns a bare key: changing its parameters changes the key, so it gets no fix.
    const fix =
      node?.type === 'integer' && !call.name?.endsWith('_raw')
        ? { description: `Set ${param}=${safe}.`, edits: [replaceNode(node, String(safe))] }
        : undefined;
    ctx.report({
      node: call.node,
      messageId,
      data,
      ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
      ...(fix ? { fix } : {}),
    });
  };
  if (memory !== undefined && memory < MIN_MEMORY_KIB) {
    return report('memory', { value: memory, minimum: MIN_MEMORY_KIB }, 'memory_cost', DEFAULT_MEMORY_KIB);
  }
  const effectiveMemory = memory ?? DEFAULT_MEMORY_KIB;
  if (time !== undefined && (time < 1 || (time < 2 && effectiveMemory < 47_104))) {
    return report('time', { value: time, memory: effectiveMemory }, timeKeyword, 3);
  }
  for (const param of ['salt_len', 'hash_len']) {
    const value = num(param);
    if (value !== undefined && value < 16) return report('length', { param, value }, param, 16);
  }
}
