// try-except-pass: `except:` / `except Exception:` whose only statement is `pass` (Bandit B110, Ruff S110).
import { defineRule } from '../../src/analysis/rule.js';
import { broadHandlerBody } from '../../src/analysis/python/broad-except.js';

export default defineRule({
  meta: {
    id: 'try-except-pass',
    title: 'Broad exception silently ignored',
    category: 'error-handling-logging',
    cwe: ['CWE-703', 'CWE-390'],
    owasp: { '2021': ['A09:2021'], '2025': ['A10:2025', 'A09:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B110'], ruff: ['S110'] },
    messages: {
      swallowed:
        '`{{handler}}` swallows every error with `pass`; failures (including security checks) vanish without a trace.',
    },
    docs: {
      whatItDoes:
        'Flags a bare `except:`, `except Exception:` or `except BaseException:` (alone or in a tuple) whose body is only `pass`.',
      whyBad:
        'Every error is discarded: failed authentication lookups, signature errors, I/O problems and bugs look like success, and nothing is logged for incident response.',
      businessImpact: 'Security failures go unnoticed and fail open; incidents cannot be reconstructed from logs.',
      attackScenario:
        'A token check wrapped in `try: verify(token) except Exception: pass` lets a request with a malformed token continue as if verification had passed.',
      example: 'try:\n    verify_signature(payload, sig)\nexcept Exception:\n    pass',
      useInstead:
        'try:\n    verify_signature(payload, sig)\nexcept InvalidSignature:\n    log.warning("bad signature from %s", client)\n    raise',
      testing: 'Make the protected call raise (mock it) and assert the error is logged and the operation is refused.',
      knownProblems: "Typed handlers (`except KeyError: pass`) are not reported, as in Bandit's default configuration.",
      references: [
        'https://docs.python.org/3/tutorial/errors.html#handling-exceptions',
        'https://cwe.mitre.org/data/definitions/390.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b110_try_except_pass.html',
      ],
    },
  },
  hints: ['pass'],
  create(ctx) {
    return {
      nodes: {
        except_clause(node) {
          const handler = broadHandlerBody(node, 'pass_statement');
          if (handler) ctx.report({ node, messageId: 'swallowed', data: { handler } });
        },
      },
    };
  },
});
