// Turns solver hits into Findings under the taint rule that owns each sink kind, with the data-flow path.
import { fill } from '../../message-template.js';
import { fingerprint } from '../../fingerprint.js';
import type { Finding, FlowStep, RuleMeta } from '../../rule.js';
import { scoreInBand, type Severity } from '../../taxonomy.js';
import type { Hit } from './evaluate.js';

const LOWER: Record<Severity, Severity> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

export function findingsOf(hits: readonly Hit[], taintRules: readonly RuleMeta[]): Finding[] {
  const byKind = new Map<string, RuleMeta>();
  for (const meta of taintRules)
    for (const kind of meta.taint?.sinks ?? []) if (!byKind.has(kind)) byKind.set(kind, meta);
  const out: Finding[] = [];
  for (const hit of hits) {
    const meta = byKind.get(hit.use.kind);
    if (meta) out.push(toFinding(hit, meta));
  }
  return out;
}

function toFinding(hit: Hit, meta: RuleMeta): Finding {
  const src = hit.origin.src!;
  // Local input (argv, environment) and model output are one step removed from an anonymous attacker.
  // A single route segment (`/files/{name}`) holds no `/`: a path built from it stays within one `..` of its base.
  const oneStepRemoved = src.kind !== 'remote' || (src.segment === true && hit.use.kind === 'path');
  const severity = oneStepRemoved ? LOWER[meta.severity] : meta.severity;
  const messageId = meta.taint!.messageId;
  const sinkStep: FlowStep = {
    line: hit.site.l,
    column: hit.site.c,
    endLine: hit.site.el,
    endColumn: hit.site.ec,
    path: hit.path,
    note: `reaches \`${hit.site.txt}\` (${hit.use.cwe})`,
  };
  return {
    ruleId: meta.id,
    messageId,
    message: fill(meta.messages[messageId] ?? '', {
      source: src.label,
      sourceLine: src.l,
      sink: hit.site.txt,
      cwe: hit.use.cwe,
    }),
    path: hit.path,
    line: hit.site.l,
    column: hit.site.c,
    endLine: hit.site.el,
    endColumn: hit.site.ec,
    severity,
    riskScore: scoreInBand(severity, meta.riskScore),
    confidence: oneStepRemoved ? 'medium' : meta.confidence,
    evidence: 'dataflow',
    snippet: hit.site.text,
    flow: [...hit.steps, sinkStep],
    fingerprint: fingerprint(meta.id, hit.path, hit.site.text, 0),
  };
}
