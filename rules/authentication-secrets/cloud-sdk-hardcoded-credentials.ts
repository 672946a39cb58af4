// cloud-sdk-hardcoded-credentials: literal secret keys passed to AWS, Azure, GCP and other cloud SDK clients.
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isPlaceholderValue } from '../../src/analysis/python/secret-values.js';
import { preview } from '../../src/analysis/python/hardcoded-secret.js';

/** Client constructors → the keyword arguments that carry a secret. */
const CLIENTS: Record<string, string[]> = {
  'boto3.client': ['aws_secret_access_key', 'aws_session_token'],
  'boto3.resource': ['aws_secret_access_key', 'aws_session_token'],
  'boto3.Session': ['aws_secret_access_key', 'aws_session_token'],
  'boto3.session.Session': ['aws_secret_access_key', 'aws_session_token'],
  'botocore.session.Session.create_client': ['aws_secret_access_key'],
  'aiobotocore.session.get_session': ['aws_secret_access_key'],
  'azure.identity.ClientSecretCredential': ['client_secret'],
  'azure.storage.blob.BlobServiceClient': ['credential'],
  'azure.core.credentials.AzureKeyCredential': ['key'],
  'azure.core.credentials.AzureNamedKeyCredential': ['key'],
  'google.oauth2.service_account.Credentials.from_service_account_info': ['info'],
  'openai.OpenAI': ['api_key'],
  'openai.AsyncOpenAI': ['api_key'],
  'anthropic.Anthropic': ['api_key'],
  'anthropic.AsyncAnthropic': ['api_key'],
  'stripe.StripeClient': ['api_key'],
  'hvac.Client': ['token'],
  'github.Github': ['login_or_token', 'password'],
  'twilio.rest.Client': ['password'],
};
/** Positional secret arguments of some constructors: [index, label]. */
const POSITIONAL: Record<string, [number, string]> = {
  'azure.identity.ClientSecretCredential': [2, 'client_secret'],
  'azure.core.credentials.AzureKeyCredential': [0, 'key'],
  'twilio.rest.Client': [1, 'auth_token'],
  'github.Github': [0, 'login_or_token'],
};

export default defineRule({
  meta: {
    id: 'cloud-sdk-hardcoded-credentials',
    title: 'Hard-coded credentials passed to a cloud SDK client',
    category: 'authentication-secrets',
    cwe: ['CWE-798'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'critical',
    riskScore: 9,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['boto3', 'azure-sdk', 'google-cloud', 'openai', 'anthropic', 'hvac', 'twilio'],
    aliases: {},
    messages: {
      literal:
        "`{{fn}}` receives a hard-coded `{{arg}}` ('{{preview}}'); use the SDK's default credential chain (environment, instance role, workload identity).",
    },
    docs: {
      whatItDoes:
        'Flags literal secrets passed to cloud and API SDK clients: `boto3.client(..., aws_secret_access_key="…")`, Azure `ClientSecretCredential`, OpenAI/Anthropic `api_key=`, Vault `hvac.Client(token=…)`, Twilio and PyGithub credentials.',
      whyBad:
        'Cloud credentials in code are long-lived, usually over-privileged, and spread with every copy of the repository; the SDKs already read them from the environment or the workload identity.',
      businessImpact:
        'Cloud account compromise: data exfiltration from storage buckets, resource hijacking (crypto-mining bills), deletion of backups.',
      attackScenario:
        'Automated scanners pick up `aws_secret_access_key="…"` from a public commit within minutes and launch GPU instances across all regions.',
      example: 's3 = boto3.client("s3", aws_access_key_id="AKIA…", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG…")',
      useInstead: 's3 = boto3.client("s3")  # credentials from the environment, ~/.aws, or the instance/task role',
      testing:
        'Deactivate the key in IAM and check the application still works through its role; confirm with CloudTrail that the old key is unused.',
      knownProblems:
        'Only literal values (and module constants) are reported; secrets loaded from files at run time are not.',
      references: [
        'https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html',
        'https://learn.microsoft.com/en-us/python/api/overview/azure/identity-readme',
        'https://cwe.mitre.org/data/definitions/798.html',
      ],
    },
  },
  hints: [
    'AsyncAnthropic',
    'AsyncOpenAI',
    'AzureKeyCredential',
    'AzureNamedKeyCredential',
    'BlobServiceClient',
    'ClientSecretCredential',
    'Github',
    'StripeClient',
    'anthropic',
    'boto3',
    'botocore',
    'from_service_account_info',
    'hvac',
    'openai',
    'twilio',
  ],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fn = call.name ?? '';
      const candidates: [string, ReturnType<CallInfo['arg']>][] = (CLIENTS[fn] ?? []).map((k) => [k, call.kwarg(k)]);
      const positional = POSITIONAL[fn];
      if (positional) candidates.push([positional[1], call.arg(positional[0])]);
      for (const [arg, node] of candidates) {
        const value = ctx.staticString(node);
        if (value === undefined || isPlaceholderValue(value) || value.length < 8) continue;
        ctx.report({
          node: call.node,
          messageId: 'literal',
          data: { fn, arg, preview: preview(value) },
          ...secretsIn(node),
          ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
        });
        return;
      }
    };
    return { calls: Object.fromEntries(Object.keys(CLIENTS).map((name) => [name, check])) };
  },
});
