// ftp-cleartext-protocol: ftplib without TLS (Bandit B321/B402, Ruff S321/S402).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { IMPORT_CALLS, importCallModule, importedModules } from '../../src/analysis/python/imported-modules.js';

export default defineRule({
  meta: {
    id: 'ftp-cleartext-protocol',
    title: 'FTP (cleartext file transfer)',
    category: 'data-protection',
    cwe: ['CWE-319'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['ftplib'],
    aliases: { bandit: ['B321', 'B402'], ruff: ['S321', 'S402'] },
    messages: {
      ftpCall:
        '`{{fn}}` speaks plain FTP: the login and the files cross the network unencrypted. Use SFTP or `ftplib.FTP_TLS` with `prot_p()`.',
      ftpImport: '`ftplib` is imported; plain FTP is cleartext, use SFTP or `FTP_TLS`.',
      tlsImport:
        '`ftplib` is imported for FTP_TLS; make sure `prot_p()` is called so data, not only the login, is encrypted.',
    },
    docs: {
      whatItDoes:
        'Flags `ftplib.FTP(...)` calls and ftplib imports (an import of only `FTP_TLS` is reported at low severity; `FTP_TLS(...)` calls are not reported).',
      whyBad: 'FTP sends the password and file contents in cleartext; the transfer can be read or altered in flight.',
      businessImpact: 'Leaked credentials and data files, tampered uploads or downloads.',
      attackScenario:
        'A nightly export uploads customer CSVs over FTP; an attacker on the hosting network captures both the FTP password and the files.',
      example: 'ftp = ftplib.FTP(host)\nftp.login(user, password)',
      useInstead:
        'ftp = ftplib.FTP_TLS(host, context=ssl.create_default_context())\nftp.login(user, password)\nftp.prot_p()',
      testing: 'Capture the transfer and assert the control and data channels are TLS.',
      references: [
        'https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS',
        'https://cwe.mitre.org/data/definitions/319.html',
      ],
    },
  },
  hints: ['ftplib'],
  requires: [['ftplib']],
  create(ctx) {
    if (!ctx.source.includes('ftplib')) return {};
    const imported = (statement: Node) => {
      const names = importedModules(statement);
      if (!names.some((n) => n === 'ftplib' || n.startsWith('ftplib.'))) return;
      const onlyTls = statement.type === 'import_from_statement' && names.slice(1).every((n) => n === 'ftplib.FTP_TLS');
      ctx.report({
        node: statement,
        messageId: onlyTls ? 'tlsImport' : 'ftpImport',
        ...(onlyTls ? { severity: 'low' as const } : {}),
      });
    };
    const call = (info: CallInfo) =>
      ctx.report({ node: info.node, messageId: 'ftpCall', data: { fn: info.name ?? 'ftplib.FTP' } });
    const dynamic = (info: CallInfo) => {
      if (importCallModule(info, ctx.staticString) === 'ftplib')
        ctx.report({ node: info.node, messageId: 'ftpImport' });
    };
    return {
      nodes: { import_statement: imported, import_from_statement: imported },
      calls: { 'ftplib.FTP': call, ...Object.fromEntries(IMPORT_CALLS.map((n) => [n, dynamic])) },
    };
  },
});
