// Hard-coded secrets found in the code are never re-published: planted credentials (an AWS key pair, a GitHub
// token, password literals, a JWT key, a private key block) are scanned by the CLI in every format and reviewed by
// the App against the simulator; no output, no request the App sends to GitHub and no log line (at trace level)
// holds a whole secret value — while the findings are there, with their short previews.
import { pino, type Logger } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkRunsOn, openPullRequest, sendPullRequest } from '../../tools/simulator/index.js';
import { captureIo, project } from '../cli/temp-project.js';
import { startE2E, type E2E } from './support.js';

const KEY_LINES = [
  'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB',
  'aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgbG9va3MgbGlr',
  'ZSBvbmUgZm9yIHRoZSB0ZXN0cyBvZiByZWRhY3Rpb24gaW4gc2VudGluZWxweTEy',
];

/** Every value that must never appear whole, by what it is. */
const SECRETS = {
  awsKeyId: 'AKIAZ3QW8XK2LMNP4RTV',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9vKm3Lp8',
  githubToken: 'ghp_R7cQ2vX9mL4pK8sT1wY6zB3nD5fH0jGa2eUq',
  password: 'Zx9!kQ2#vL7pW3rT',
  defaultPassword: 'Qw8#rT5!zX2@vB9m',
  basicAuth: 'Pw7!kQ9#zL2xV4nM',
  jwtKey: 's3cr3t-Kp9Lm2Qx7Vz4',
  indexToken: 'pypi-AgEIcHlwaS5vcmcCJDk3ZTc0OTZh',
  ...Object.fromEntries(KEY_LINES.map((line, i) => [`privateKeyLine${i}`, line])),
};

const SETTINGS = [
  'import boto3',
  'import jwt',
  'import requests',
  '',
  `DB_PASSWORD = "${SECRETS.password}"`,
  `GITHUB_TOKEN = "${SECRETS.githubToken}"`,
  `client = boto3.client("s3", aws_access_key_id="${SECRETS.awsKeyId}", aws_secret_access_key="${SECRETS.awsSecret}")`,
  'PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----',
  ...KEY_LINES,
  '-----END RSA PRIVATE KEY-----"""',
  '',
  '',
  `def login(user, password="${SECRETS.defaultPassword}"):`,
  `    return jwt.encode({"u": user}, "${SECRETS.jwtKey}", algorithm="HS256")`,
  '',
  '',
  'def fetch():',
  // verify=False has an autofix: its suggestion would repeat the password on the same line.
  `    return requests.get("https://api.internal", auth=("admin", "${SECRETS.basicAuth}"), verify=False, timeout=5)`,
  '',
].join('\n');

/** An extra index with a token in its URL: the dependency review flags the line (dependency confusion). */
const REQUIREMENTS = `--extra-index-url https://__token__:${SECRETS.indexToken}@pypi.internal/simple\nrequests==2.31.0\n`;

/** The secrets found whole in `text`, by name (empty when redaction held). */
function leaked(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
}

/** The rules that must have found the planted secrets (otherwise their absence would prove nothing). */
const SECRET_RULES = [
  'hardcoded-password-string',
  'hardcoded-provider-secret',
  'cloud-sdk-hardcoded-credentials',
  'hardcoded-password-default',
  'jwt-hardcoded-secret',
  'hardcoded-basic-auth-credentials',
];

describe('secrets are redacted in the CLI', () => {
  it.each(['markdown', 'sarif', 'json', 'text'] as const)('%s output holds no planted secret', async (format) => {
    const root = project({ 'settings.py': SETTINGS, 'requirements.txt': REQUIREMENTS });
    const io = captureIo();
    await main(['scan', root, '--no-progress', '--offline', '--format', format, '--output', '-'], io);
    expect(io.out.length).toBeGreaterThan(100);
    expect(leaked(io.out)).toEqual([]);
    expect(leaked(io.err)).toEqual([]);
    if (format === 'json') {
      const report = JSON.parse(io.out) as { findings: { ruleId: string; snippet: string }[] };
      const rules = new Set(report.findings.map((f) => f.ruleId));
      for (const rule of SECRET_RULES) expect(rules).toContain(rule);
      expect(report.findings.some((f) => f.snippet.startsWith('--extra-index-url'))).toBe(true);
      // The snippet keeps the literal's quotes and a short prefix, so the reader still sees where it is.
      expect(report.findings.map((f) => f.snippet).join('\n')).toContain(`"${SECRETS.awsKeyId.slice(0, 4)}…"`);
    }
    if (format === 'markdown') expect(io.out).toContain('DB_PASSWORD = "Zx9…"');
  });
});

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** A trace-level pino logger for the App whose every line is kept. */
function capturingLogger(): { log: Logger; lines: () => string } {
  const lines: string[] = [];
  return {
    log: pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) }),
    lines: () => lines.join(''),
  };
}

/** Base64 `content` fields of contents-API writes, decoded (the report commit). */
function decodedContents(body: unknown): string {
  const content = (body as { content?: unknown } | undefined)?.content;
  return typeof content === 'string' ? Buffer.from(content, 'base64').toString('utf8') : '';
}

describe('secrets are redacted by the App', () => {
  it('posts, commits and logs no planted secret (comments, suggestions, check run, report, trace logs)', async () => {
    const logs = capturingLogger();
    env = await startE2E(undefined, { logLevel: 'trace', log: logs.log });
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'settings.py': SETTINGS, 'requirements.txt': REQUIREMENTS },
      author: 'wes',
    });
    const reviewedSha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const [run] = checkRunsOn(env.sim, reviewedSha);
    expect(run?.conclusion).toBe('failure');
    const comments = env.sim.state.reviewComments.map((c) => c.body);
    for (const rule of SECRET_RULES) expect(comments.join('\n')).toContain(rule);
    const head = env.sim.state.commits.get(env.sim.state.headSha(pull))!;
    const report = [...head.files].find(([path]) => /^python_security_review_\d{8}\.md$/.test(path))?.[1] ?? '';
    expect(report).toContain('hardcoded-provider-secret');

    const sent = env.sim.requests.filter((r) => r.method !== 'GET');
    const everything = {
      comments: comments.join('\n'),
      check: JSON.stringify(checkRunsOn(env.sim, reviewedSha).map((r) => r.output)),
      report,
      requests: JSON.stringify(sent.map((r) => r.body)) + sent.map((r) => decodedContents(r.body)).join('\n'),
      logs: logs.lines(),
    };
    expect(everything.logs).toMatch(/review completed/); // the capture saw the App's log lines
    const leaks = Object.fromEntries(Object.entries(everything).map(([where, text]) => [where, leaked(text)]));
    expect(leaks).toEqual({ comments: [], check: [], report: [], requests: [], logs: [] });
    // The tls-verify-disabled fix on the basic-auth line would quote the password: no suggestion there.
    expect(comments.filter((b) => b.includes('```suggestion') && b.includes('api.internal'))).toEqual([]);
  });
});
