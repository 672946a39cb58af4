// chmod-permissive-mode: chmod to world-writable or group/world-executable modes (Bandit B103, Ruff S103).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const S_IWOTH = 0o002;
const S_IXGRP = 0o010;
const S_IWGRP = 0o020;
/** Files where even group write is too much: system config, credentials, keys. */
const SENSITIVE_FILE =
  /^\/etc\/|(^|\/)\.ssh\/|\.(pem|key|p12|pfx)$|id_(rsa|ecdsa|ed25519)|shadow|sudoers|\.netrc$|\.pgpass$/;
const STAT: Record<string, number> = {
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ISVTX: 0o1000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
};
const OS_CHMOD = new Set(['os.chmod', 'os.lchmod', 'os.fchmod']);

export default defineRule({
  meta: {
    id: 'chmod-permissive-mode',
    title: 'chmod to a world-writable or group-executable mode',
    category: 'input-validation',
    cwe: ['CWE-732'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    aliases: { bandit: ['B103'], ruff: ['S103'] },
    messages: {
      worldWritable:
        'Chmod sets the permissive mode {{mode}} (world-writable) on `{{file}}`; any local user can modify it.',
      groupExecutable:
        'Chmod sets the permissive mode {{mode}} (group-executable) on `{{file}}`; grant only what the owner needs.',
      groupWritableSensitive:
        'Chmod makes the sensitive file `{{file}}` group-writable ({{mode}}); keys and system files should be writable by their owner only.',
    },
    docs: {
      whatItDoes:
        'Flags `os.chmod`/`os.lchmod`/`os.fchmod` and `Path.chmod`/`Path.lchmod` calls whose mode is known statically (integer literals, `stat.S_*` constants combined with `|`) and is world-writable (high), group-executable (medium), or group-writable on keys, ~/.ssh, /etc and similar credential files (medium).',
      whyBad:
        'A world-writable file or script can be replaced or edited by any local account; executable bits for the group widen who can run privileged code.',
      businessImpact:
        'Local users or compromised low-privilege services tamper with code, configuration or data, leading to privilege escalation.',
      attackScenario:
        'The installer runs `os.chmod("/opt/app/hooks/post.sh", 0o777)`; a low-privilege account edits the hook, which later runs as root.',
      example: 'os.chmod(path, 0o777)',
      useInstead: 'os.chmod(path, 0o750)  # or 0o640 for data files',
      testing: 'Stat the file after the code runs and assert `mode & 0o022 == 0` (no group/world write).',
      knownProblems:
        'Modes computed at run time are not evaluated. Group write alone (0o660) is reported only on credential-like paths. Test files are reported at low severity.',
      references: [
        'https://docs.python.org/3/library/os.html#os.chmod',
        'https://cwe.mitre.org/data/definitions/732.html',
      ],
    },
  },
  hints: ['chmod'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const isOs = call.name !== undefined && OS_CHMOD.has(call.name);
      const modeNode = isOs
        ? call.argOrKwarg(1, 'mode')
        : (call.kwarg('mode') ?? call.arg(call.positional.length >= 2 ? 1 : 0));
      const mode = modeValue(ctx, modeNode);
      if (mode === undefined) return;
      const target = isOs || call.positional.length >= 2 ? call.arg(0) : call.receiver;
      const file = target ? (ctx.staticString(target) ?? target.text) : '?';
      const sensitive = Boolean(mode & S_IWGRP) && SENSITIVE_FILE.test(file);
      if (!(mode & S_IWOTH || mode & S_IXGRP || sensitive)) return;
      const messageId =
        mode & S_IWOTH ? 'worldWritable' : mode & S_IXGRP ? 'groupExecutable' : 'groupWritableSensitive';
      ctx.report({
        node: call.node,
        messageId,
        data: { mode: `0o${mode.toString(8)}`, file },
        severity: ctx.file.isTest ? 'low' : mode & S_IWOTH ? 'high' : 'medium',
      });
    };
    return {
      calls: { 'os.chmod': check, 'os.lchmod': check, 'os.fchmod': check, '*.chmod': check, '*.lchmod': check },
    };
  },
});

/** Integer value of a mode expression: literals, module constants, `stat.S_*` names, `|` / `+` of those. */
function modeValue(ctx: RuleContext, node: Node | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'attribute' || node.type === 'identifier') {
    const name = ctx.qualifiedName(node);
    if (name?.startsWith('stat.')) return STAT[name.slice(5)];
  }
  if (node.type === 'binary_operator') {
    const op = node.childForFieldName('operator')?.type;
    const left = modeValue(ctx, node.childForFieldName('left') ?? undefined);
    const right = modeValue(ctx, node.childForFieldName('right') ?? undefined);
    if (left === undefined || right === undefined) return undefined;
    return op === '|' || op === '+' ? left | right : undefined;
  }
  const value = ctx.staticValue(node);
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
