import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, detectTyposquat } from '../../src/deps/typosquat.js';
import { compareVersions } from '../../src/deps/pep440.js';
import { cvss3BaseScore } from '../../src/deps/cvss.js';
import { smallestSafeUpgrade } from '../../src/deps/vulnerabilities.js';

describe('typosquat detection', () => {
  it('catches edits, swaps, separators and prefixes of popular names', () => {
    expect(detectTyposquat('reqeusts')?.imitates).toBe('requests');
    expect(detectTyposquat('requets')?.imitates).toBe('requests');
    expect(detectTyposquat('python-dateutill')).toBeDefined();
    expect(detectTyposquat('typingextensions')?.imitates).toBe('typing-extensions');
    expect(detectTyposquat('python-numpy')?.imitates).toBe('numpy');
  });
  it('leaves popular packages and unrelated names alone', () => {
    for (const name of ['requests', 'flask', 'django', 'numpy', 'boto3', 'botocore', 'my-internal-tool', 'zzqxw']) {
      expect(detectTyposquat(name), name).toBeUndefined();
    }
  });
  it('computes optimal-string-alignment distance', () => {
    expect(damerauLevenshtein('reqeusts', 'requests')).toBe(1);
    expect(damerauLevenshtein('abc', 'abc')).toBe(0);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });
});

describe('versions and advisories', () => {
  it('orders PEP 440 versions', () => {
    const sorted = ['2.0.0', '2.0.0rc1', '1.10', '1.9', '2.0.0.post1', '2.0.0.dev1', '1!0.1'].sort(compareVersions);
    expect(sorted).toEqual(['1.9', '1.10', '2.0.0.dev1', '2.0.0rc1', '2.0.0', '2.0.0.post1', '1!0.1']);
  });
  it('scores CVSS 3 vectors', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N')).toBe(7.5);
    expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N')).toBe(6.4);
    expect(cvss3BaseScore('not a vector')).toBeUndefined();
  });
  it('picks the smallest release that fixes every advisory, or none', () => {
    const v = (fixed: string[]) => ({ id: 'x', aliases: [], summary: '', fixed });
    expect(smallestSafeUpgrade('2.5.0', [v(['2.20.0']), v(['2.32.0', '3.0.0a1'])])).toBe('2.32.0');
    expect(smallestSafeUpgrade('2.5.0', [v(['2.20.0']), v([])])).toBeUndefined();
  });
});
