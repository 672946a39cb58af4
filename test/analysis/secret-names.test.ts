// The name and value heuristics behind the hard-coded secret rules: what counts as a secret, what does not.
import { describe, expect, it } from 'vitest';
import {
  isCredentialName,
  isSecretName,
  isSecurityName,
  isSensitiveName,
  nameWords,
} from '../../src/analysis/python/secret-names.js';
import { isNonSecretValue, looksRandom } from '../../src/analysis/python/secret-values.js';
import { SECRET_SCAN, formatOfMatch, isExampleSecret } from '../../src/analysis/python/secret-formats.js';

describe('nameWords', () => {
  it('splits snake, camel and kebab case', () => {
    expect(nameWords('getApiToken')).toEqual(['get', 'api', 'token']);
    expect(nameWords('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(nameWords('x-api-key')).toEqual(['x', 'api', 'key']);
  });
});

describe('isSecretName', () => {
  it.each([
    'password',
    'SECRET_KEY',
    'app.secret_key',
    'EMAIL_PASSWORD',
    'db_pass',
    'api_key',
    'clientSecret',
    'aws_secret_access_key',
    'passphrase',
  ])('%s holds a secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it.each([
    'password_field',
    'TOKEN_URL',
    'password_last_used',
    'secrets_dir_missing',
    'pass_zero',
    'bandpass',
    'username',
    'api_key_version',
    'password_key',
  ])('%s does not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe('isNonSecretValue', () => {
  it.each([
    '',
    '****',
    ':****',
    '${DB_PASSWORD}',
    '%(password)s',
    '{password}',
    'https://example.org/token',
    '/etc/passwd',
    'Enter your password: ',
    'DB_PASSWORD',
    'yes',
    'aws_secret_access_key',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  ])('%j is not a credential', (value) => {
    expect(isNonSecretValue(value, 'password')).toBe(true);
  });
  it.each(['hunter2', 'Winter2024!', 'd6s$f9g!j8mg7hw?n&2', 'changeme', 'secret'])('%j may be one', (value) => {
    expect(isNonSecretValue(value, 'password')).toBe(false);
  });
  it('does not treat a value that repeats the name as a secret', () => {
    expect(isNonSecretValue('password', 'password_field')).toBe(true);
  });
});

describe('looksRandom', () => {
  it('tells generated keys from words', () => {
    expect(looksRandom('q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf')).toBe(true);
    expect(looksRandom('correcthorsebatterystaple')).toBe(false);
    expect(looksRandom('short1A')).toBe(false);
  });
});

describe('isSecurityName / isCredentialName', () => {
  it('needs a qualifier for a bare key', () => {
    expect(isSecurityName('session_key')).toBe(true);
    expect(isSecurityName('sort_key')).toBe(false);
    expect(isSecurityName('make_reset_link')).toBe(true);
  });
  it('ignores derived values', () => {
    expect(isCredentialName('db_password')).toBe(true);
    expect(isCredentialName('password_hash')).toBe(false);
    expect(isCredentialName('token_type')).toBe(false);
  });
});

describe('one vocabulary for every purpose', () => {
  it('matches the same credentials and describing words whoever asks', () => {
    for (const check of [isSecretName, isCredentialName, isSensitiveName]) {
      for (const name of ['password', 'DB_PASSWORD', 'apiKey', 'client_secret', 'privkey', 'passcode'])
        expect([check.name, name, check(name)]).toEqual([check.name, name, true]);
      for (const name of ['password_length', 'secret_key_version', 'PASSWORD_FIELD', 'password_hash', 'secret_arn'])
        expect([check.name, name, check(name)]).toEqual([check.name, name, false]);
    }
  });

  it('differs only where the purpose needs it', () => {
    // A bare token: a hard-coded one is judged by its value; a runtime one only in logs (a lexer's tokens print).
    expect([isSecretName('token'), isCredentialName('token'), isSensitiveName('token')]).toEqual([true, false, true]);
    expect(isCredentialName('refresh_token')).toBe(true);
    expect(isCredentialName('id_token')).toBe(true);
    // The name of a setting when a literal is assigned, the credential itself at run time.
    expect([isSecretName('TOKEN_HEADER'), isSensitiveName('authorization_header')]).toEqual([false, true]);
    expect(isSecretName('password_key')).toBe(false);
    // Derived values are harmless at run time; personal data belongs only to the log check.
    expect([isCredentialName('hashed_password'), isSensitiveName('masked_token')]).toEqual([false, false]);
    expect([isSensitiveName('ssn'), isCredentialName('ssn'), isSecretName('ssn')]).toEqual([true, false, false]);
    // Django's SESSION_KEY names a session entry; a session key in a log is a credential.
    expect([isSecretName('SESSION_KEY'), isSensitiveName('session_key')]).toEqual([false, true]);
  });
});

describe('SECRET_SCAN', () => {
  const scan = (text: string) => {
    SECRET_SCAN.lastIndex = 0;
    const m = SECRET_SCAN.exec(text);
    return m ? formatOfMatch(m) : undefined;
  };
  it('recognises provider formats', () => {
    expect(scan('key = "AKIAZ7Q4M2N8R5T3W6Y9"')).toBe('AWS access key id');
    expect(scan('"ghp_Xa9bC3dE7fG1hJ5kL2mN8pQ4rS6tU0vW3yZ9b"')).toBe('GitHub token');
    expect(scan('"xoxb-2817469352-7465382910-Hq8Zt3Kp9Lm2Vx7Rn4Wc"')).toBe('Slack token');
    expect(scan('"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7Vx2q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0"')).toBe(
      'private key',
    );
  });
  it('ignores markers and lookalikes', () => {
    expect(scan('START = b"-----BEGIN OPENSSH PRIVATE KEY-----"')).toBeUndefined();
    expect(scan('"sk_test_51Hq8Zt3Kp9Lm2Vx7Rn4WcYb6"')).toBeUndefined();
    expect(scan('AKIA_PREFIX = "AKIA"')).toBeUndefined();
  });
  it('knows published examples', () => {
    expect(isExampleSecret('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isExampleSecret('AKIAZ7Q4M2N8R5T3W6Y9')).toBe(false);
  });
});
