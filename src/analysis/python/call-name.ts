// Describes a call: the callee's qualified name through imports and aliases, and its arguments.
import type { Node } from '../syntax-node.js';
import type { ImportMap } from './imports.js';

const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Qualified name of an identifier or attribute chain: `sp.run` → `subprocess.run` after `import subprocess as
 * sp`; `run` → `os.system` after `from os import system as run`. Names not bound by an import stay as written
 * (`eval`, `cursor.execute`). Undefined for anything that is not a plain dotted name (`f().x`, `a[0].b`).
 */
export function resolveName(text: string, imports: ImportMap): string | undefined {
  const compact = text.includes(' ') || text.includes('\n') ? text.replace(/\s+/g, '') : text;
  if (!DOTTED.test(compact)) return undefined;
  const dot = compact.indexOf('.');
  const head = dot < 0 ? compact : compact.slice(0, dot);
  const bound = imports.get(head);
  if (bound === undefined) return compact;
  return dot < 0 ? bound : bound + compact.slice(dot);
}

export class CallInfo {
  /** Qualified callee name, or undefined when the callee is not a dotted name. */
  readonly name: string | undefined;
  /** The last attribute of the callee (`execute` for `self.db.cursor().execute`), or the bare name. */
  readonly method: string | undefined;
  private parsedArgs?: { positional: Node[]; keywords: Map<string, Node>; starArgs: boolean; starKwargs: boolean };

  constructor(
    readonly node: Node,
    readonly callee: Node,
    imports: ImportMap,
  ) {
    const text = callee.text;
    this.name = resolveName(text, imports);
    const type = callee.type;
    if (type === 'attribute') {
      // A dotted name's last part is the attribute (resolving an import only rewrites the head): no node to read.
      const name = this.name;
      this.method =
        name !== undefined ? name.slice(name.lastIndexOf('.') + 1) : callee.childForFieldName('attribute')?.text;
    } else if (type === 'identifier') this.method = text;
  }

  /** The object a method is called on (`cursor` in `cursor.execute(q)`). */
  get receiver(): Node | undefined {
    return this.callee.type === 'attribute' ? (this.callee.childForFieldName('object') ?? undefined) : undefined;
  }

  get argumentList(): Node | undefined {
    return this.node.childForFieldName('arguments') ?? undefined;
  }

  /** Positional argument `index` (0-based); undefined when absent or hidden behind `*args`. */
  arg(index: number): Node | undefined {
    return this.args().positional[index];
  }

  /** Value of keyword argument `name`. */
  kwarg(name: string): Node | undefined {
    return this.args().keywords.get(name);
  }

  /** Positional `index` or keyword `name`, as Python would bind a parameter that can be either. */
  argOrKwarg(index: number, name: string): Node | undefined {
    return this.kwarg(name) ?? this.arg(index);
  }

  get positional(): Node[] {
    return this.args().positional;
  }

  get keywords(): Map<string, Node> {
    return this.args().keywords;
  }

  /** True when `*args` or `**kwargs` may supply arguments we cannot see. */
  get hasSplat(): boolean {
    const a = this.args();
    return a.starArgs || a.starKwargs;
  }

  private args() {
    if (this.parsedArgs) return this.parsedArgs;
    const parsed = { positional: [] as Node[], keywords: new Map<string, Node>(), starArgs: false, starKwargs: false };
    const list = this.argumentList;
    if (list?.type === 'generator_expression') parsed.positional.push(list);
    else if (list) {
      for (const child of list.namedChildren) {
        if (!child || child.type === 'comment') continue;
        if (child.type === 'keyword_argument') {
          const key = child.childForFieldName('name')?.text;
          const value = child.childForFieldName('value');
          if (key && value) parsed.keywords.set(key, value);
        } else if (child.type === 'list_splat') parsed.starArgs = true;
        else if (child.type === 'dictionary_splat') parsed.starKwargs = true;
        else parsed.positional.push(child);
      }
    }
    this.parsedArgs = parsed;
    return parsed;
  }
}
