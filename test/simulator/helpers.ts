// Test helpers for the simulator: an RSA key pair, App JWTs, and an Octokit authenticated as an installation.
import { generateKeyPairSync, sign } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { GitHubSimulator } from '../../tools/simulator/index.js';

export const APP_ID = 4242;
export const WEBHOOK_SECRET = 'test-webhook-secret';

export function rsaKeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** An App JWT as Probot makes it: RS256, iss = App id, iat 30 s in the past, exp 10 minutes ahead. */
export function appJwt(privateKey: string, appId = APP_ID, now = Math.floor(Date.now() / 1000)): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat: now - 30, exp: now + 570, iss: appId })}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

export async function startSimulator(keys = rsaKeyPair()): Promise<{ sim: GitHubSimulator; keys: typeof keys }> {
  const sim = await new GitHubSimulator({
    appId: APP_ID,
    publicKeyPem: keys.publicKey,
    webhookSecret: WEBHOOK_SECRET,
  }).start();
  return { sim, keys };
}

/** An Octokit holding a fresh installation token from the simulator. */
export async function installationOctokit(
  sim: GitHubSimulator,
  privateKey: string,
  installationId = 1,
): Promise<Octokit> {
  const app = new Octokit({ baseUrl: sim.apiRoot, auth: appJwt(privateKey) });
  const { data } = await app.rest.apps.createInstallationAccessToken({ installation_id: installationId });
  return new Octokit({ baseUrl: sim.apiRoot, auth: data.token });
}
