// Bandit parity: every Bandit 1.9 id is an alias of some rule, and docs/bandit-migration.md is current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { BANDIT_CHECKS } from '../../tools/catalogue/bandit-ids.js';
import { renderBanditMigration, rulesByBanditId } from '../../tools/catalogue/bandit-migration.js';

const metas = RULES.map((r) => r.meta);

describe('Bandit parity', () => {
  it('maps every Bandit 1.9 check id to at least one rule', () => {
    const byId = rulesByBanditId(metas);
    expect(Object.keys(BANDIT_CHECKS).filter((id) => !byId.has(id))).toEqual([]);
  });

  it('uses only real Bandit ids as aliases', () => {
    const unknown = metas.flatMap((m) =>
      (m.aliases.bandit ?? []).filter((id) => !(id in BANDIT_CHECKS)).map((id) => `${m.id}:${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('keeps docs/bandit-migration.md generated from the metadata (npm run docs:bandit)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'bandit-migration.md'), 'utf8');
    expect(onDisk).toBe(renderBanditMigration(metas));
  });
});
