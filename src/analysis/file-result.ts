// What the engine returns for one file: its findings, suppressions, contained errors and the passes' data.
import type { Finding } from './rule.js';
import type { SuppressedFinding } from './suppressions.js';

export interface InternalError {
  ruleId: string;
  message: string;
  /** 1-based line of the node the rule was handling when it threw (absent for whole-file phases). */
  line?: number;
}

export interface FileResult {
  path: string;
  lines: number;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  errors: InternalError[];
  /** 1-based lines where the parser had to recover from a syntax error. */
  syntaxErrors: number[];
  /** Serializable per-file data extracted by each FilePass (keyed by pass id), for project-level analyses. */
  passData?: Record<string, unknown>;
}

/** The `ruleId` of the note for a file analysed only partly: too deep a tree (see tree-shape.ts) or too slow a query. */
export const ANALYSIS_LIMIT_ID = 'analysis-limit';
