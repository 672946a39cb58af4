// Renders a ScanResult in the format the user asked for (the report modules stay pure; this only picks one).
import { basename } from 'node:path';
import type { ScanResult } from '../analysis/scan.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { redactSecrets } from '../report/redact-secrets.js';
import type { DependencyInventory } from '../report/dependency-inventory.js';
import type { ScanFormat } from './args.js';

export interface RenderInput {
  result: ScanResult;
  root: string;
  sources: ReadonlyMap<string, string>;
  date: Date;
  version: string;
  scope: string;
  dependencies?: DependencyInventory;
}

/** Every format is rendered from the redacted scan, and the text is redacted once more as a whole (fix patches). */
export function renderFormat(format: ScanFormat, input: RenderInput): string {
  const source = (path: string) => input.sources.get(path);
  const redaction = redactSecrets(input.result, source);
  return redaction.text(render(format, { ...input, result: redaction.result }, source));
}

function render(format: ScanFormat, input: RenderInput, source: (path: string) => string | undefined): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(input.result, {
        date: input.date,
        projectName: basename(input.root),
        scope: input.scope,
        source,
        toolVersion: input.version,
        ...(input.dependencies ? { dependencies: input.dependencies } : {}),
      });
    case 'sarif':
      return `${JSON.stringify(renderSarif(input.result, { toolVersion: input.version, source }), null, 2)}\n`;
    case 'json':
      return `${JSON.stringify(
        renderJson(input.result, {
          toolVersion: input.version,
          ...(input.dependencies ? { dependencies: input.dependencies } : {}),
        }),
        null,
        2,
      )}\n`;
    case 'text':
      return renderText(input.result);
  }
}
