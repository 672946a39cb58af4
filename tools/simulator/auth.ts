// App authentication as GitHub does it: an RS256 JWT signed with the App's private key for /app endpoints, and
// short-lived installation tokens (issued against that JWT) for everything else.
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';

const MAX_JWT_LIFETIME_SECONDS = 600;
const CLOCK_SKEW_SECONDS = 60;
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

export type JwtCheck = { ok: true } | { ok: false; reason: string };

/** Verifies GitHub App JWTs and issues/validates installation tokens. */
export class AppAuth {
  private readonly publicKey: KeyObject;
  private readonly tokens = new Map<string, { installationId: number; expiresAt: number }>();

  constructor(
    readonly appId: number,
    publicKeyPem: string,
  ) {
    this.publicKey = createPublicKey(publicKeyPem);
  }

  /** Checks the `Authorization: Bearer <jwt>` header: RS256 signature, issuer = App id, sane iat/exp. */
  checkJwt(authorization: string | undefined): JwtCheck {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, reason: 'A JSON web token could not be decoded' };
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return { ok: false, reason: 'A JSON web token could not be decoded' };
    const head = parseSegment(header);
    const claims = parseSegment(payload);
    if (head?.alg !== 'RS256' || !claims) return { ok: false, reason: "'alg' must be RS256" };
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${header}.${payload}`),
      this.publicKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!signed) return { ok: false, reason: 'A JSON web token could not be decoded (bad signature)' };
    if (String(claims.iss) !== String(this.appId))
      return { ok: false, reason: `'iss' claim must be the App id ${this.appId}` };
    return checkTimes(Number(claims.iat), Number(claims.exp));
  }

  issueToken(installationId: number): { token: string; expiresAt: string } {
    const token = `ghs_${randomBytes(18).toString('base64url')}`;
    const expiresAt = Date.now() + TOKEN_LIFETIME_MS;
    this.tokens.set(token, { installationId, expiresAt });
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** The installation a `token ghs_…` / `Bearer ghs_…` header belongs to, if the token is valid. */
  installationFor(authorization: string | undefined): number | undefined {
    const token = /^(?:token|Bearer)\s+(ghs_\S+)$/i.exec(authorization ?? '')?.[1];
    const entry = token ? this.tokens.get(token) : undefined;
    return entry && entry.expiresAt > Date.now() ? entry.installationId : undefined;
  }
}

function checkTimes(iat: number, exp: number): JwtCheck {
  const now = Math.floor(Date.now() / 1000);
  if (!Number.isFinite(iat) || !Number.isFinite(exp)) return { ok: false, reason: "'iat' and 'exp' are required" };
  if (iat > now + CLOCK_SKEW_SECONDS)
    return { ok: false, reason: "'Issued at' claim ('iat') must be an Integer representing a time in the past" };
  if (exp <= now) return { ok: false, reason: "'Expiration time' claim ('exp') is in the past" };
  if (exp - iat > MAX_JWT_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS)
    return { ok: false, reason: "'Expiration time' claim ('exp') is too far in the future" };
  return { ok: true };
}

function parseSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}
