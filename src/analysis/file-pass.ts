// The interface of an extra per-file analysis the composition hands the engine (the taint pass is one).
import type { Node } from './syntax-node.js';
import type { FileInfo } from './rule.js';

/**
 * An extra analysis that reads each file's tree while it is still alive (the engine parses once) and keeps
 * serializable data for a later project-wide step — e.g. the data-flow summaries of src/analysis/taint/.
 */
export interface FilePass {
  id: string;
  /**
   * `imports`: the file's import bindings; `importStatements`: its import statements in source order, as the engine's
   * query already found them (so a pass needing them does not walk the whole tree again).
   */
  visit(
    root: Node,
    file: FileInfo,
    source: string,
    imports: ReadonlyMap<string, string>,
    importStatements: readonly Node[],
  ): unknown;
  /** Whether the data `visit` returned is partial (a limit was hit): the file is then reported incomplete. */
  incomplete?(data: unknown): { line?: number; message: string } | undefined;
}
