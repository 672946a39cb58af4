// iam-wildcard-policy: IAM policy documents in code that allow every action (or every action of a service) on every resource.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { StaticValue } from '../../src/analysis/python/literals.js';

export default defineRule({
  meta: {
    id: 'iam-wildcard-policy',
    title: 'IAM policy statement with wildcard actions',
    category: 'cloud-native',
    cwe: ['CWE-250', 'CWE-732'],
    owasp: { '2021': ['A01:2021', 'A05:2021'], '2025': ['A01:2025', 'A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['aws-iam', 'boto3'],
    aliases: {},
    messages: {
      adminPolicy: 'Policy statement allows `"Action": "*"` on `{{resource}}`: full administrator access.',
      serviceWildcard:
        'Policy statement allows `{{action}}` on every resource (`"Resource": "*"`); list the actions and resources actually needed.',
      notAction:
        'Policy statement uses `"Effect": "Allow"` with `NotAction`, which grants everything except the listed actions.',
    },
    docs: {
      whatItDoes:
        'Flags Python dict literals that are IAM policy statements (`Effect: Allow`) with `Action: "*"` (high), a service wildcard such as `s3:*` together with `Resource: "*"` (medium), or `Allow` + `NotAction` (medium).',
      whyBad:
        'Wildcard grants violate least privilege: a leaked key or a compromised workload with such a role can do anything in the account or service, including deleting data and creating new admin users.',
      businessImpact: 'Account takeover, data destruction and cost abuse from a single compromised credential.',
      attackScenario:
        'A deployment script creates a Lambda role with `"Action": "*", "Resource": "*"`; an SSRF in the function leaks its credentials and the attacker creates an IAM user for persistence.',
      example: 'policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
      useInstead:
        'policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::reports/*"}]}',
      testing:
        'Run IAM Access Analyzer policy validation on the generated document and assert no findings; unit-test the dict for wildcard actions.',
      knownProblems: 'Policies written as JSON strings or loaded from files are not parsed.',
      references: [
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
      ],
    },
  },
  hints: ['Action"', "Action'"],
  requires: [["'Action", '"Action', "'NotAction", '"NotAction']],
  create(ctx) {
    if (!/["'](Not)?Action["']/.test(ctx.source)) return {};
    return {
      nodes: {
        dictionary(node: Node) {
          if (!/["']Effect["']/.test(node.text)) return;
          const statement = ctx.staticValue(node);
          if (statement instanceof Map && statement.get('Effect') === 'Allow') checkStatement(ctx, node, statement);
        },
      },
    };
  },
});

function checkStatement(ctx: RuleContext, node: Node, statement: Map<string, StaticValue>): void {
  const actions = asList(statement.get('Action'));
  const resources = asList(statement.get('Resource'));
  const allResources = resources.includes('*');
  if (actions.includes('*')) {
    ctx.report({
      node,
      messageId: 'adminPolicy',
      data: { resource: allResources ? '"*"' : 'the listed resources' },
      ...(allResources ? {} : { severity: 'medium' as const }),
    });
  } else if (statement.has('NotAction')) {
    ctx.report({ node, messageId: 'notAction', severity: 'medium' });
  } else {
    const wildcard = actions.find((a) => /^[\w-]+:\*$/.test(a));
    if (wildcard && allResources)
      ctx.report({ node, messageId: 'serviceWildcard', data: { action: wildcard }, severity: 'medium' });
  }
}

function asList(value: StaticValue): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
