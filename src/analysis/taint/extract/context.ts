// What the extractor knows about the file it is reading: imports, active framework models, settings.
import type { Node } from '../../syntax-node.js';
import { resolveName } from '../../python/call-name.js';
import { activeModels } from '../models/index.js';
import type { FrameworkModel } from '../models/types.js';
import { MODEL_INDEX } from '../models/index.js';
import type { SourceKind } from '../kinds.js';
import { serializerCoercedFields } from './serializer-fields.js';
import { linesOf } from '../../source-lines.js';

export interface TaintSettings {
  /** input(), sys.argv, os.environ, file and socket reads count as sources (off by default, as in the App). */
  localSources: boolean;
}

export const DEFAULT_SETTINGS: TaintSettings = { localSources: false };

export class ExtractContext {
  readonly models: FrameworkModel[];
  /** Every module the file imports, with its parents (`xml.etree.ElementTree` → `xml`, `xml.etree`, …). */
  readonly importedHeads: Set<string>;
  readonly requestAttrs = new Set<string>();
  readonly requestMethods = new Set<string>();
  readonly selfMethods = new Set<string>();
  readonly routeDecorators = new Set<string>();
  readonly callSuffixes: string[] = [];
  readonly viewKwargs: boolean;
  readonly flaskRoutes: boolean;
  /** Enum classes a route parameter may be annotated with: a value of one is a member, not free text. */
  readonly enums: Set<string>;
  /** DRF serializer classes of this file and their fields of a coercing type (serializer-fields.ts). */
  readonly serializerFields: Map<string, Set<string>>;
  /** Set when a reader stopped at a nesting limit: the file's data flow is known only in part. */
  truncated?: { line: number; reason: string };

  /** Notes the first place a reader gave up (the rest of the file is still read). */
  truncate(node: Node, reason: string): void {
    this.truncated ??= { line: node.startPosition.row + 1, reason };
  }

  constructor(
    readonly source: string,
    readonly imports: ReadonlyMap<string, string>,
    readonly settings: TaintSettings,
    readonly path?: string,
  ) {
    this.enums = enumNames(source, imports);
    this.serializerFields = serializerCoercedFields(source);
    this.importedHeads = headsOf(imports.values());
    this.models = activeModels(imports.values());
    for (const m of this.models) {
      m.sources.requestAttrs?.forEach((a) => this.requestAttrs.add(a));
      m.sources.requestMethods?.forEach((a) => this.requestMethods.add(a));
      m.sources.selfMethods?.forEach((a) => this.selfMethods.add(a));
      m.sources.routeDecorators?.forEach((a) => this.routeDecorators.add(a));
      this.callSuffixes.push(...(m.sources.callSuffixes ?? []));
    }
    this.viewKwargs = this.models.some((m) => m.sources.viewKwargs);
    this.flaskRoutes = this.models.some((m) => m.id === 'flask');
  }

  qualified(node: Node): string | undefined {
    if (node.type !== 'identifier' && node.type !== 'attribute') return undefined;
    return resolveName(node.text, this.imports as Map<string, string>);
  }

  imports_(module: string): boolean {
    return this.importedHeads.has(module);
  }

  /** The source kind of a qualified read (`flask.request.args.get` starts with a source), if it is one. */
  sourceKindOfRead(qualified: string): SourceKind | undefined {
    return this.enabled(prefixLookup(MODEL_INDEX.sourceReads, qualified));
  }

  sourceKindOfCall(qualified: string): SourceKind | undefined {
    return this.enabled(MODEL_INDEX.sourceCalls.get(qualified));
  }

  private enabled(kind: SourceKind | undefined): SourceKind | undefined {
    return kind === 'local' && !this.settings.localSources ? undefined : kind;
  }

  private instancesAtModuleLevel?: Map<string, string>;

  /** Module-level `name = pkg.Cls(...)` (a capitalised callee), qualified: what a function's `name.m()` is called on. */
  moduleInstances(): ReadonlyMap<string, string> {
    if (this.instancesAtModuleLevel) return this.instancesAtModuleLevel;
    const out = new Map<string, string>();
    const seen = new Set<string>();
    for (const m of this.source.matchAll(MODULE_INSTANCE)) {
      const [, name, callee] = m;
      const qualified = /(^|\.)[A-Z]\w*$/.test(callee!)
        ? resolveName(callee!, this.imports as Map<string, string>)
        : undefined;
      // A name bound twice at module level has no single class.
      if (seen.has(name!) || !qualified) out.delete(name!);
      else out.set(name!, qualified);
      seen.add(name!);
    }
    return (this.instancesAtModuleLevel = out);
  }

  lineText(line: number): string {
    return linesOf(this.source).line(line);
  }
}

const MODULE_INSTANCE = /^([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\(/gm;

const ENUM_CLASS = /^class\s+(\w+)\s*\(([^)]*\b(Enum|IntEnum|StrEnum|Flag|IntFlag)\b[^)]*)\)/gm;

/** Enum classes defined in the file, and names imported from a module named `enums`/`choices` (a convention). */
function enumNames(source: string, imports: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  if (source.includes('Enum') || source.includes('Flag')) for (const m of source.matchAll(ENUM_CLASS)) out.add(m[1]!);
  for (const [local, qualified] of imports) {
    const module = qualified.split('.').slice(0, -1).pop() ?? '';
    if (/^(enums?|choices)$/i.test(module) && /^[A-Z]/.test(local)) out.add(local);
  }
  return out;
}

function headsOf(modules: Iterable<string>): Set<string> {
  const heads = new Set<string>();
  for (const m of modules) {
    const parts = m.split('.');
    for (let i = 1; i <= parts.length; i++) heads.add(parts.slice(0, i).join('.'));
  }
  return heads;
}

/** Value of the longest dotted prefix of `name` present in `map`. */
export function prefixLookup<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  let cut = name.length;
  for (;;) {
    const hit = map.get(name.slice(0, cut));
    if (hit !== undefined) return hit;
    cut = name.lastIndexOf('.', cut - 1);
    if (cut <= 0) return undefined;
  }
}
