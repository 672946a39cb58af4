// Validates SARIF logs against the official 2.1.0 schema (the copy shipped in @microsoft/jest-sarif) with ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** The schema is draft-04 (`id`); ajv 8 reads it as draft-07 once `$schema` is dropped and `id` renamed. */
function loadSchema(): object {
  const { $schema: _drop, id, ...rest } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  return { ...rest, $id: id };
}

const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the schema has a pattern invalid under the u flag;
// ajv-formats is CommonJS: depending on the loader the default import is the plugin or its module object.
type Plugin = (a: Ajv) => void;
const addFormats = (
  typeof addFormatsModule === 'function'
    ? addFormatsModule
    : (addFormatsModule as unknown as { default: Plugin }).default
) as Plugin;
addFormats(ajv);
const validate = ajv.compile(loadSchema());

/** The schema errors of `log` (empty when it validates). */
export function sarifErrors(log: unknown): ErrorObject[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}
