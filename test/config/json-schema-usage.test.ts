// The published JSON Schemas work for the people they are for: the README's example config and a ledger entry
// validate, a misspelt key does not, and the README tells editors where both schemas live.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatedSchemas } from '../../src/config/json-schema.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const schemas = generatedSchemas();
const validator = (name: string) => new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(schemas[name]!));

/** The first ```yaml block of the README that follows `heading`. */
function yamlBlockAfter(heading: string): string {
  const at = README.indexOf(heading);
  expect(at, `README has "${heading}"`).toBeGreaterThanOrEqual(0);
  const block = /```yaml\n([\s\S]*?)```/.exec(README.slice(at));
  expect(block, `a yaml block after "${heading}"`).not.toBeNull();
  return block![1]!;
}

describe('schema/sentinel.schema.json', () => {
  const validate = validator('sentinel.schema.json');
  it("accepts the README's example .github/sentinel.yml", () => {
    const ok = validate(parse(yamlBlockAfter('### Configure it: `.github/sentinel.yml`')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('rejects a misspelt key and a bad enum value', () => {
    expect(validate({ failon: 'high' })).toBe(false);
    expect(validate({ failOn: 'sometimes' })).toBe(false);
  });
});

describe('schema/sentinel-ignore.schema.json', () => {
  const validate = validator('sentinel-ignore.schema.json');
  const entry = {
    fingerprint: '0123456789abcdef',
    rule: 'subprocess-shell-true',
    path: 'app.py',
    kind: 'accepted-risk',
    reason: 'internal tool',
    by: 'wes',
    at: '2026-05-06',
  };
  it('accepts a ledger entry and rejects one without a reason', () => {
    expect(validate({ version: 1, ignore: [entry] })).toBe(true);
    const { reason: _reason, ...withoutReason } = entry;
    expect(validate({ version: 1, ignore: [withoutReason] })).toBe(false);
  });
});

describe('README editor lines', () => {
  for (const name of Object.keys(schemas)) {
    it(`points yaml-language-server at the published ${name}`, () => {
      const id = JSON.parse(schemas[name]!).$id as string;
      expect(README).toContain(`# yaml-language-server: $schema=${id}`);
    });
  }
});
