// s3-public-acl: boto3 calls that make S3 buckets or objects publicly readable or writable.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const PUBLIC_GROUPS = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;
const METHODS = [
  'put_object',
  'put_object_acl',
  'put_bucket_acl',
  'create_bucket',
  'copy_object',
  'create_multipart_upload',
  'upload_file',
  'upload_fileobj',
  'put',
];

export default defineRule({
  meta: {
    id: 's3-public-acl',
    title: 'S3 bucket or object made public through an ACL',
    category: 'cloud-native',
    cwe: ['CWE-732', 'CWE-284'],
    owasp: { '2021': ['A01:2021', 'A05:2021'], '2025': ['A01:2025', 'A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['boto3', 'aws-s3'],
    aliases: {},
    messages: {
      acl: '`{{method}}` sets ACL `{{acl}}`: {{who}} can {{what}} this data. Keep buckets private and share with presigned URLs.',
      grant: '`{{method}}` grants access to a global AWS group (AllUsers/AuthenticatedUsers): the data becomes public.',
    },
    docs: {
      whatItDoes:
        'Flags boto3 S3 calls (`put_object`, `put_object_acl`, `put_bucket_acl`, `create_bucket`, `copy_object`, `upload_file(ExtraArgs=…)`, `Object.put`) with `ACL` public-read, public-read-write or authenticated-read, or `Grant*` to the AllUsers/AuthenticatedUsers groups.',
      whyBad:
        'A public ACL exposes the object (or the whole bucket listing) to anyone on the internet; public-read-write also lets anyone upload or overwrite content. "authenticated-read" means any AWS account, not yours.',
      businessImpact:
        'Data breaches of customer files and backups, regulatory fines, and abuse of the bucket for malware hosting at your cost.',
      attackScenario:
        'Invoices are uploaded with `ACL="public-read"` under predictable keys; an attacker enumerates `invoices/2024/0001.pdf` … and downloads every customer\'s invoice.',
      example: 's3.put_object(Bucket=bucket, Key=key, Body=data, ACL="public-read")',
      useInstead:
        's3.put_object(Bucket=bucket, Key=key, Body=data)\nurl = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=300)',
      testing:
        'Enable S3 Block Public Access in the test account and assert the upload still works and `get_object_acl` shows no global grants.',
      knownProblems:
        'Buckets meant to host public static sites are reported; suppress those with a reason (and prefer CloudFront with origin access control).',
      references: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      ],
    },
  },
  hints: ['copy_object', 'create_bucket', 'create_multipart_upload', 'put', 'upload_file'],
  requires: [['public-read', 'authenticated-read', 'AllUsers', 'AuthenticatedUsers']],
  create(ctx) {
    if (!/public-read|authenticated-read|AllUsers|AuthenticatedUsers/.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      const method = call.method ?? 's3';
      const extra = ctx.staticValue(call.kwarg('ExtraArgs'));
      const acl = ctx.staticString(call.kwarg('ACL')) ?? (extra instanceof Map ? extra.get('ACL') : undefined);
      if (typeof acl === 'string' && PUBLIC_ACLS.has(acl)) {
        const who = acl === 'authenticated-read' ? 'any AWS account' : 'anyone on the internet';
        ctx.report({
          node: call.node,
          messageId: 'acl',
          data: { method, acl, who, what: acl === 'public-read-write' ? 'read and overwrite' : 'read' },
        });
        return;
      }
      if (hasPublicGrant(ctx, call)) ctx.report({ node: call.node, messageId: 'grant', data: { method } });
    };
    return { calls: Object.fromEntries(METHODS.map((m) => [`*.${m}`, check])) };
  },
});

function hasPublicGrant(ctx: RuleContext, call: CallInfo): boolean {
  for (const [name, value] of call.keywords) {
    if (!name.startsWith('Grant')) continue;
    const text = ctx.staticString(value as Node);
    if (text !== undefined && PUBLIC_GROUPS.test(text)) return true;
  }
  return false;
}
