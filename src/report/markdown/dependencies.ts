// "Dependencies": the inventory of the dependency review (package, version or specifier, manifest:line,
// direct/locked, advisories), whether OSV was consulted, and the dependency findings in one table.
import { isAuditNote } from '../../analysis/evidence.js';
import type { Finding } from '../../analysis/rule.js';
import { compareFindings } from '../../analysis/scan.js';
import type { Dependency } from '../../deps/model.js';
import { isDependencyRule, osvSkipNote, type DependencyInventory } from '../dependency-inventory.js';
import type { ReportContext } from '../report-context.js';
import { code, inline, table } from '../md-text.js';
import { SEVERITY_LABEL } from './labels.js';

/** A monorepo can declare thousands of locked packages; the SBOM has them all. */
export const MAX_DEPENDENCY_ROWS = 300;

function versionOf(dep: Dependency): string {
  if (dep.version) return code(dep.version);
  if (dep.url) return code(dep.url.replace(/\/\/[^/@]*@/, '//***@')); // credentials in index/VCS URLs never reach a report
  return dep.specifier ? code(dep.specifier) : '_any_';
}

function inventoryTable(inventory: DependencyInventory): string {
  const rows = inventory.dependencies.slice(0, MAX_DEPENDENCY_ROWS).map((d) => {
    const ids = inventory.advisories[`${d.file}:${d.line}`] ?? [];
    return [
      code(d.name),
      versionOf(d),
      code(`${d.file}:${d.line}`),
      d.kind + (d.group ? ` (${inline(d.group)})` : ''),
      ids.length ? `⚠️ ${ids.map(code).join(', ')}` : '—',
    ];
  });
  const more =
    inventory.dependencies.length > MAX_DEPENDENCY_ROWS
      ? `\n\n…and ${inventory.dependencies.length - MAX_DEPENDENCY_ROWS} more (the CycloneDX SBOM lists every one).`
      : '';
  return table(['Package', 'Version / specifier', 'Manifest', 'Kind', 'Advisories'], rows) + more;
}

function osvLine(inventory: DependencyInventory): string {
  const skipped = osvSkipNote(inventory);
  if (skipped) return `⚠️ **Known vulnerabilities not checked:** ${inline(skipped)}. Every other dependency check ran.`;
  const pinned = inventory.dependencies.filter((d) => d.version && !d.url).length;
  return `Known vulnerabilities: ${pinned} pinned or locked version(s) looked up in OSV.`;
}

function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No dependency findings.';
  return table(
    ['Severity', 'Rule', 'Location', 'Finding'],
    findings.map((f) => [
      `${SEVERITY_LABEL[f.severity]}${isAuditNote(f) ? ' (audit note)' : ''}`,
      code(f.ruleId),
      code(`${f.path}:${f.line}`),
      inline(f.message),
    ]),
  );
}

/** Empty when the scan reviewed no manifest (the section is then left out). */
export function dependenciesSection(ctx: ReportContext): string {
  const inventory = ctx.dependencies;
  // The section is the dependency inventory: it lists the audit notes on manifests too (marked, not counted).
  const findings = [...ctx.result.findings, ...ctx.result.auditNotes]
    .filter((f) => isDependencyRule(f.ruleId))
    .sort(compareFindings);
  if (!inventory && findings.length === 0) return '';
  const lines = ['## Dependencies', ''];
  if (inventory) {
    const direct = inventory.dependencies.filter((d) => d.kind === 'direct').length;
    lines.push(
      `${inventory.dependencies.length} dependency declaration(s) in ${inventory.manifests} manifest(s): ${direct} direct, ` +
        `${inventory.dependencies.length - direct} locked (direct or transitive).`,
      '',
      osvLine(inventory),
      '',
      inventoryTable(inventory),
      '',
    );
  }
  lines.push('### Dependency findings', '', findingsTable(findings));
  return lines.join('\n');
}
