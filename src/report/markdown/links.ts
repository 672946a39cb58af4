// Links for CWE and OWASP ids in the Markdown report.
import { OWASP_2021, OWASP_2025, type Owasp2021Id, type Owasp2025Id } from '../../analysis/taxonomy.js';

export function cweLink(id: string): string {
  const n = /^CWE-(\d+)$/.exec(id)?.[1];
  return n ? `[${id}](https://cwe.mitre.org/data/definitions/${n}.html)` : id;
}

export function owaspName(id: string): string {
  return (OWASP_2021 as Record<string, string>)[id] ?? (OWASP_2025 as Record<string, string>)[id] ?? '';
}

export function owaspList(ids: readonly (Owasp2021Id | Owasp2025Id)[]): string {
  return ids.length ? ids.map((id) => `${id} ${owaspName(id)}`).join(', ') : '—';
}
