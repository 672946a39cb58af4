// Every rule's annotated fixture (rules/<category>/<id>.py), read once, in path order: for the tests that run
// something over all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const rulesDir = join(import.meta.dirname, '..', '..', 'rules');

export interface RuleFixture {
  /** `rules/<category>/<id>.py`, relative to the repository. */
  path: string;
  source: string;
}

export function ruleFixtures(): RuleFixture[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(rulesDir, d.name))
        .filter((f) => f.endsWith('.py'))
        .map((f) => `${d.name}/${f}`),
    )
    .sort()
    .map((path) => ({ path: `rules/${path}`, source: readFileSync(join(rulesDir, path), 'utf8') }));
}
