import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemas } from '../../src/config/json-schema.js';

describe('schema/*.json', () => {
  for (const [name, text] of Object.entries(generatedSchemas())) {
    it(`${name} is current (run npm run gen:schema)`, () => {
      expect(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')).toBe(text);
    });
  }
  it('the config schema knows the zod keys and forbids unknown ones', () => {
    const schema = JSON.parse(generatedSchemas()['sentinel.schema.json']!);
    expect(Object.keys(schema.properties)).toContain('failOn');
    expect(schema.additionalProperties).toBe(false);
  });
});
