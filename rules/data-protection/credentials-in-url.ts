// credentials-in-url: web/FTP/SMTP/git URLs carrying a literal password in their userinfo part.
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import { findCredentialUrls } from '../../src/analysis/python/credential-urls.js';
import { preview } from '../../src/analysis/python/hardcoded-secret.js';

/** Schemes handled by hardcoded-connection-string-credentials (data stores) are left to that rule. */
const NETWORK =
  /^(https?|wss?|ftps?|sftp|ssh|git|git\+https?|git\+ssh|svn|smtp|smtps|imap|imaps|pop3s?|ldaps?|socks[45]h?|proxy|rtsp|sip|telnet|webdav|davs?)$/;

export default defineRule({
  meta: {
    id: 'credentials-in-url',
    title: 'Credentials embedded in a URL',
    category: 'data-protection',
    cwe: ['CWE-798', 'CWE-598'],
    owasp: { '2021': ['A07:2021', 'A02:2021'], '2025': ['A07:2025', 'A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    aliases: {},
    messages: {
      userinfo:
        "The {{scheme}} URL carries the password of `{{user}}` ('{{preview}}'); URLs are logged, cached and shown in errors.",
    },
    docs: {
      whatItDoes:
        'Flags string literals with `https://user:password@host`, `ftp://…`, `git+https://…`, `smtp://…`, proxy and LDAP URLs whose userinfo holds a literal password.',
      whyBad:
        'URLs end up in access logs, proxy logs, exception messages, browser history and the Referer header; credentials inside them leak with the URL, and they are hard-coded in the source too.',
      businessImpact:
        'Leaked service or proxy credentials allow impersonation of the application and access to private repositories or mailboxes.',
      attackScenario:
        "An exception handler logs the failing URL `https://deploy:t0k3n@git.internal/repo.git` to a log platform that support staff and a third-party vendor can read; the vendor's breach exposes the token.",
      example: 'requests.get("https://deploy:t0k3n-Xy@git.example.com/api/repos")',
      useInstead:
        'requests.get("https://git.example.com/api/repos", auth=(os.environ["GIT_USER"], os.environ["GIT_TOKEN"]))',
      testing: 'Check logs and error pages never show `user:password@`; rotate the exposed password.',
      knownProblems:
        'Documentation passwords (password, pass, secret, xxx) and docstrings are skipped. Data-store URLs are reported by hardcoded-connection-string-credentials instead.',
      references: [
        'https://cwe.mitre.org/data/definitions/598.html',
        'https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1',
        'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['://'],
  create(ctx) {
    return {
      nodes: {
        module(root) {
          for (const url of findCredentialUrls(root, ctx.source)) {
            if (!NETWORK.test(url.scheme)) continue;
            ctx.report({
              node: url.node,
              messageId: 'userinfo',
              data: { scheme: url.scheme, user: url.user || '(empty user)', preview: preview(url.password) },
              ...secretsIn(url.node),
              ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
            });
          }
        },
      },
    };
  },
});
