// What a string template says about SQL: does it look like a query, are values spliced into quoted literals,
// does it use bind placeholders (so only identifiers are interpolated).
import { HOLE } from './string-template.js';

/** Statement starts only: Bandit's anywhere-regex also matches prose such as "select a file from the list". */
export const SQL_START = new RegExp(
  String.raw`^\s*(?:\(\s*)?(select\s[\s\S]*?\bfrom\b|delete\s+from\s|insert\s+(or\s+\w+\s+)?into\s|update\s+\S+\s+set\s|` +
    String.raw`with\s+(recursive\s+)?\w+\s+as\s*\(|replace\s+into\s|merge\s+into\s|(create|drop|alter|truncate)\s+(table|index|view|schema|database)\s)`,
  'i',
);

/** Bind placeholders of the DB-API paramstyles (qmark, named, numeric, format, pyformat). */
const PLACEHOLDER = /(\?|(^|[^:\w]):[A-Za-z_]\w*|\$\d+|%\(\w+\)s|%s)/;

/** True when the template (holes read as a value) starts like a SQL statement. */
export function looksLikeSql(template: string): boolean {
  return SQL_START.test(template.split(HOLE).join('x'));
}

/** True when a computed part sits inside a quoted SQL literal (`'…{x}…'`): a value spliced into the query. */
export function holeInsideQuotes(template: string): boolean {
  let quote: string | undefined;
  for (const ch of template) {
    if (ch === HOLE && quote) return true;
    if (ch === "'" || ch === '"') quote = quote === ch ? undefined : (quote ?? ch);
  }
  return false;
}

/** True when the query binds its values through placeholders, so holes are most likely table/column names. */
export function usesBindPlaceholders(template: string): boolean {
  return PLACEHOLDER.test(template.split(HOLE).join(' '));
}
