// Writes schema/*.json from the zod schemas (run `npm run gen:schema`; test/config/json-schema.test.ts checks they are current).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedSchemas } from '../dist/src/config/json-schema.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(generatedSchemas())) {
  writeFileSync(join(outDir, name), text);
  console.log(`wrote schema/${name}`);
}
