// `sentinelpy rules`: the rule catalogue from the registry's metadata, as Markdown or JSON.
import { writeFileSync } from 'node:fs';
import { RULES } from '../../rules/index.js';
import { SUPPRESSION_WITHOUT_REASON } from '../analysis/builtin-meta.js';
import type { RuleMeta } from '../analysis/rule.js';
import { DEPENDENCY_METAS } from '../deps/rule-metas.js';
import { renderRuleCatalogue, ruleCatalogueJson } from '../report/rule-catalogue.js';
import type { RulesArgs } from './args.js';
import type { Io } from './scan-command.js';
import { EXIT, UsageError } from './usage-error.js';

/** Every rule the CLI can report — code rules, the engine's unexplained-suppression check, the dependency review's
 * checks — sorted by id. */
export function catalogueMetas(): RuleMeta[] {
  return [...RULES.map((r) => r.meta), SUPPRESSION_WITHOUT_REASON, ...DEPENDENCY_METAS].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}

export function rulesCommand(args: RulesArgs, io: Io): number {
  const metas = catalogueMetas();
  const text =
    args.format === 'json' ? `${JSON.stringify(ruleCatalogueJson(metas), null, 2)}\n` : renderRuleCatalogue(metas);
  if (args.output === undefined || args.output === '-') {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(args.output, text);
  } catch (error) {
    throw new UsageError(`cannot write ${args.output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return EXIT.ok;
}
