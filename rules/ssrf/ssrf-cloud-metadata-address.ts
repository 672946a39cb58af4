// ssrf-cloud-metadata-address: code that talks to the cloud instance-metadata service (credentials endpoint).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import { metadataHost } from '../../src/analysis/python/urls.js';

const QUICK =
  /169\.254\.169\.254|metadata\.google|metadata\.goog|fd00:ec2::254|169\.254\.170\.2|100\.100\.100\.200|metadata\.azure/;

export default defineRule({
  meta: {
    id: 'ssrf-cloud-metadata-address',
    title: 'Request to the cloud instance-metadata service',
    category: 'ssrf',
    cwe: ['CWE-918', 'CWE-522'],
    owasp: { '2021': ['A10:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['aws', 'gcp', 'azure'],
    aliases: {},
    messages: {
      metadata:
        "URL targets the instance-metadata service `{{host}}`, which hands out cloud credentials; use the SDK's credential provider and enforce IMDSv2.",
      imdsV1:
        'URL targets `{{host}}` without an IMDSv2 session token in this file; IMDSv1 is what SSRF attacks steal credentials from.',
    },
    docs: {
      whatItDoes:
        'Flags string literals whose URL host is a metadata endpoint (169.254.169.254, fd00:ec2::254, metadata.google.internal, 169.254.170.2, 100.100.100.200, metadata.azure.com). AWS URLs in files that never send `X-aws-ec2-metadata-token` get the IMDSv1 message.',
      whyBad:
        'The metadata service returns temporary cloud credentials to anyone who can make the instance send an HTTP request. Hand-rolled metadata access usually means IMDSv1 is left on and that URL building code sits next to user input.',
      businessImpact:
        "Theft of the instance role's credentials leads to cloud account compromise (the Capital One breach pattern).",
      attackScenario:
        'A URL-preview feature shares a helper with the metadata client; the attacker asks it to preview `http://169.254.169.254/latest/meta-data/iam/security-credentials/app-role` and receives the keys.',
      example: 'creds = requests.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/role").json()',
      useInstead:
        'session = boto3.Session()  # the SDK uses IMDSv2 with a session token\ncreds = session.get_credentials()',
      testing:
        'Enforce `HttpTokens=required` on the instances and assert the code still obtains credentials; assert user-supplied URLs to link-local addresses are rejected.',
      knownProblems:
        'Legitimate agents (monitoring, bootstrap scripts) read metadata on purpose; suppress them with a reason.',
      references: [
        'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['169.254.169.254', 'metadata.goog', 'fd00:ec2::254', '169.254.170.2', '100.100.100.200', 'metadata.azure'],
  requires: [
    ['169.254.169.254', 'metadata.goog', 'fd00:ec2::254', '169.254.170.2', '100.100.100.200', 'metadata.azure'],
  ],
  create(ctx) {
    if (!QUICK.test(ctx.source)) return {};
    const usesToken = /x-aws-ec2-metadata-token/i.test(ctx.source);
    return {
      nodes: {
        string(node: Node) {
          const text = node.text;
          if (!QUICK.test(text)) return;
          const url = text.replace(/^[a-zA-Z]*("""|'''|"|')/, '');
          const host = metadataHost(url);
          if (!host) return;
          const aws = host === '169.254.169.254' || host.includes('ec2');
          const v1 = aws && !usesToken && !url.includes('/latest/api/token');
          ctx.report({
            node,
            messageId: v1 ? 'imdsV1' : 'metadata',
            data: { host },
            ...(v1 ? {} : { severity: 'low' as const }),
          });
        },
      },
    };
  },
});
