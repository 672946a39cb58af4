// JSON Schemas for editors (yaml-language-server) generated from the zod schemas, so the two never disagree.
// `io: 'input'`: fields with defaults are optional in the file a user writes.
import { z } from 'zod';
import { configSchema } from './schema.js';
import { ledgerSchema } from '../ledger/ledger-schema.js';

const BASE_URL = 'https://raw.githubusercontent.com/sentinelpy/sentinelpy/main/schema';

function render(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, $id: `${BASE_URL}/${id}`, title }, null, 2)}\n`;
}

/** File name (under schema/) → its generated text. */
export function generatedSchemas(): Record<string, string> {
  return {
    'sentinel.schema.json': render(
      configSchema,
      'sentinel.schema.json',
      'SentinelPy configuration (.github/sentinel.yml)',
    ),
    'sentinel-ignore.schema.json': render(
      ledgerSchema,
      'sentinel-ignore.schema.json',
      'SentinelPy suppression ledger (.github/sentinel-ignore.yml)',
    ),
  };
}
