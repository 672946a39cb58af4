// try-except-continue: `except:` / `except Exception:` whose only statement is `continue` (Bandit B112, Ruff S112).
import { defineRule } from '../../src/analysis/rule.js';
import { broadHandlerBody } from '../../src/analysis/python/broad-except.js';

export default defineRule({
  meta: {
    id: 'try-except-continue',
    title: 'Broad exception skipped with continue',
    category: 'error-handling-logging',
    cwe: ['CWE-703', 'CWE-390'],
    owasp: { '2021': ['A09:2021'], '2025': ['A10:2025', 'A09:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B112'], ruff: ['S112'] },
    messages: {
      swallowed:
        '`{{handler}}` skips to the next item on any error with `continue`; failures (including security checks) vanish without a trace.',
    },
    docs: {
      whatItDoes:
        'Flags a bare `except:`, `except Exception:` or `except BaseException:` (alone or in a tuple) whose body is only `continue`, inside a loop.',
      whyBad:
        'Every error is discarded: failed authentication lookups, signature errors, I/O problems and bugs look like success, and nothing is logged for incident response.',
      businessImpact: 'Security failures go unnoticed and fail open; incidents cannot be reconstructed from logs.',
      attackScenario:
        'A batch job validates each uploaded record in `try: ... except Exception: continue`; records that fail signature checks are silently dropped, hiding an attacker probing the importer.',
      example: 'for msg in queue:\n    try:\n        handle(verify(msg))\n    except Exception:\n        continue',
      useInstead:
        'for msg in queue:\n    try:\n        handle(verify(msg))\n    except InvalidSignature:\n        log.warning("dropping message %s: bad signature", msg.id)\n        continue',
      testing: 'Make the protected call raise (mock it) and assert the error is logged and the operation is refused.',
      knownProblems:
        "Typed handlers (`except KeyError: continue`) are not reported, as in Bandit's default configuration.",
      references: [
        'https://docs.python.org/3/tutorial/errors.html#handling-exceptions',
        'https://cwe.mitre.org/data/definitions/390.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b112_try_except_continue.html',
      ],
    },
  },
  hints: ['continue'],
  create(ctx) {
    return {
      nodes: {
        except_clause(node) {
          const handler = broadHandlerBody(node, 'continue_statement');
          if (handler) ctx.report({ node, messageId: 'swallowed', data: { handler } });
        },
      },
    };
  },
});
