// tarfile-unsafe-extraction: extracting archives without a member filter (Bandit B202, Ruff S202).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { appendArgument } from '../../src/analysis/python/fixes.js';

const IMPORTS_TARFILE = /^[ \t\f]*(import\s+tarfile\b|from\s+tarfile\s+import\b)/m;
const SAFE_FILTERS = new Set(['data', 'tar']);
const SAFE_FILTER_NAMES = new Set(['tarfile.data_filter', 'tarfile.tar_filter']);

export default defineRule({
  meta: {
    id: 'tarfile-unsafe-extraction',
    title: 'Archive extracted without a member filter (path traversal)',
    category: 'input-validation',
    cwe: ['CWE-22', 'CWE-59'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    aliases: { bandit: ['B202'], ruff: ['S202'] },
    fixable: true,
    messages: {
      noValidation:
        '`extractall` without `filter="data"` lets members like `../../etc/cron.d/x` or symlinks write outside the target.',
      membersFunction:
        '`extractall(members={{members}})`: make sure the function discards absolute paths, `..` and links.',
      membersOther: '`extractall(members=…)`: check that the members were validated, or pass `filter="data"`.',
      extractMember:
        '`extract()` without `filter="data"` writes the member wherever its name or link points (`../`, absolute paths, symlinks).',
      unpackArchive:
        '`shutil.unpack_archive` extracts tar members without a filter; pass `filter="data"` (Python 3.12+).',
    },
    docs: {
      whatItDoes:
        'Flags `extractall()` in files that use tarfile when it has neither `filter="data"`/`"tar"` nor a `members=` selection, `extract(member)` without a filter (Bandit misses this one), and `shutil.unpack_archive()` without a filter. Receivers opened with `zipfile.ZipFile` are skipped (zipfile sanitises names).',
      whyBad:
        'tar members can have absolute names, `..` components, symlinks and device files. Without a filter they are written wherever they point (tar slip, CVE-2007-4559).',
      businessImpact:
        'An uploaded or downloaded archive overwrites code, cron jobs or SSH keys: remote code execution.',
      attackScenario:
        'A plugin installer downloads a tarball from a user-supplied URL; a member named `../../home/app/.ssh/authorized_keys` is written by `tar.extractall(dest)`, giving the attacker a shell.',
      example: 'with tarfile.open(upload) as tar:\n    tar.extractall(dest)',
      useInstead: 'with tarfile.open(upload) as tar:\n    tar.extractall(dest, filter="data")',
      testing:
        'Build an archive with a `../evil` member and a symlink to /etc and assert extraction raises `tarfile.FilterError`.',
      knownProblems:
        'A `members=` list is reported at medium severity because its validation is not checked. The fix needs Python 3.12+ (or the 3.8–3.11 security backports).',
      references: [
        'https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter',
        'https://peps.python.org/pep-0706/',
        'https://cwe.mitre.org/data/definitions/22.html',
      ],
    },
  },
  hints: ['extract', 'unpack_archive'],
  create(ctx) {
    if (!/extract|unpack_archive/.test(ctx.source)) return {};
    const usesTarfile = IMPORTS_TARFILE.test(ctx.source);
    let zipNames: Set<string> | undefined;
    const isZip = (call: CallInfo) =>
      Boolean(call.receiver && (zipNames ??= zipReceivers(ctx.source)).has(call.receiver.text));
    const hasSafeFilter = (call: CallInfo) => {
      const filter = call.kwarg('filter');
      if (!filter) return false;
      const value = ctx.staticString(filter);
      return value !== undefined
        ? SAFE_FILTERS.has(value)
        : SAFE_FILTER_NAMES.has(ctx.qualifiedName(filter) ?? '') || filter.type === 'identifier';
    };
    const addFilter = (call: CallInfo) =>
      call.argumentList && !call.hasSplat
        ? {
            fix: {
              description: 'Extract with the "data" filter.',
              edits: [appendArgument(call.argumentList, 'filter="data"', ctx.source)],
            },
          }
        : {};
    const extractall = (call: CallInfo) => {
      if (!usesTarfile || hasSafeFilter(call)) return;
      if (isZip(call)) return;
      const members = call.kwarg('members');
      if (!members) {
        ctx.report({ node: call.node, messageId: 'noValidation', ...addFilter(call) });
        return;
      }
      const isFunction = members.type === 'call';
      ctx.report({
        node: call.node,
        messageId: isFunction ? 'membersFunction' : 'membersOther',
        data: { members: isFunction ? `${members.childForFieldName('function')?.text ?? '?'}(…)` : members.text },
        severity: isFunction ? 'low' : 'medium',
        confidence: isFunction ? 'low' : 'medium',
      });
    };
    const extractOne = (call: CallInfo) => {
      if (!usesTarfile || hasSafeFilter(call) || call.hasSplat || !call.argOrKwarg(0, 'member')) return;
      if (isZip(call)) return;
      ctx.report({ node: call.node, messageId: 'extractMember', ...addFilter(call) });
    };
    const unpack = (call: CallInfo) => {
      if (hasSafeFilter(call) || call.hasSplat) return; // **kwargs may carry the filter
      ctx.report({
        node: call.node,
        messageId: 'unpackArchive',
        severity: 'medium',
        confidence: 'medium',
        ...addFilter(call),
      });
    };
    return { calls: { '*.extractall': extractall, '*.extract': extractOne, 'shutil.unpack_archive': unpack } };
  },
});

const OPEN_ZIP = 'ZipFile(';
/** `) as z` right after a closing parenthesis (sticky: tried at one position, never scanned from). */
const AS_NAME = /\)\s+as\s+(\w+)/y;

/**
 * Names bound to `zipfile.ZipFile(...)` (`with ZipFile(p) as z`, `z = zipfile.ZipFile(p)`). A scan from each
 * `ZipFile(`, not the regexes `ZipFile\([^)]*\)\s+as\s+(\w+)` and `(\w+)\s*=\s*(?:\w+\.)?ZipFile\(`: the first
 * rescans to the next `)` from every `ZipFile(`, the second retries a long identifier from each of its letters.
 */
export function zipReceivers(source: string): Set<string> {
  const names = new Set<string>();
  let close = -1; // the first `)` at or after the current `ZipFile(` (source.length: none left)
  let tried = -1; // the `)` whose `as` was read already (many `ZipFile(` may share one)
  for (let at = source.indexOf(OPEN_ZIP); at >= 0; at = source.indexOf(OPEN_ZIP, at + OPEN_ZIP.length)) {
    const assigned = assignedName(source, at);
    if (assigned) names.add(assigned);
    if (close < at) close = source.indexOf(')', at);
    if (close < 0) close = source.length;
    if (close < source.length && close !== tried) {
      tried = close;
      AS_NAME.lastIndex = close;
      const m = AS_NAME.exec(source);
      if (m?.[1]) names.add(m[1]);
    }
  }
  return names;
}

/** `name = ZipFile(` or `name = zipfile.ZipFile(` ending at `at`, read backwards. */
function assignedName(source: string, at: number): string | undefined {
  let p = at;
  if (source[p - 1] === '.') {
    const word = wordStart(source, p - 1);
    if (word === p - 1) return undefined; // `.ZipFile(` with no module name before the dot
    p = word;
  }
  while (p > 0 && /\s/.test(source[p - 1]!)) p--;
  if (source[p - 1] !== '=') return undefined;
  p--;
  while (p > 0 && /\s/.test(source[p - 1]!)) p--;
  const start = wordStart(source, p);
  return start < p ? source.slice(start, p) : undefined;
}

function wordStart(source: string, end: number): number {
  let p = end;
  while (p > 0 && /\w/.test(source[p - 1]!)) p--;
  return p;
}
