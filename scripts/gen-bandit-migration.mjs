#!/usr/bin/env node
// Writes docs/bandit-migration.md from the compiled rule metadata (the tools build: `npm run docs:bandit` makes it first).
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { RULES } = await import(join(root, 'dist-tools/rules/index.js'));
const { renderBanditMigration } = await import(join(root, 'dist-tools/tools/catalogue/bandit-migration.js'));
writeFileSync(join(root, 'docs/bandit-migration.md'), renderBanditMigration(RULES.map((r) => r.meta)));
console.log('wrote docs/bandit-migration.md');
