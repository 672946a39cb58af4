// A validator for the official CycloneDX 1.5 JSON schema (shipped in @cyclonedx/cyclonedx-library), for every SBOM test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const schemaDir = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
const schema = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));

export function cyclonedx15Validator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  // The bom schema refers to its companions by their SNAPSHOT file names.
  ajv.addSchema({
    ...schema('spdx.SNAPSHOT.schema.json'),
    $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json',
  });
  ajv.addSchema({
    ...schema('jsf-0.82.SNAPSHOT.schema.json'),
    $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
  });
  return ajv.compile(schema('bom-1.5.SNAPSHOT.schema.json'));
}
