// Finds where a web app sets a configuration key: Django-style settings modules (`DEBUG = True` at module level)
// and Flask-style config writes (`app.config["DEBUG"] = True`, `app.config.update(DEBUG=True)`, `app.debug = True`).
import type { Node } from '../syntax-node.js';
import type { RuleContext, Visitor } from '../rule.js';
import type { CallInfo } from './call-name.js';
import { importsAny, isDevSettingsPath, isSettingsModule } from './source-hints.js';
import { replaceNode } from './fixes.js';

export interface SettingWrite {
  /** The configuration key, upper case (`SESSION_COOKIE_SECURE`). */
  key: string;
  /** The assigned value expression. */
  value: Node;
  /** The assignment, keyword argument or dict entry to report on. */
  node: Node;
  /** Where the write was found. */
  origin: 'settings' | 'config';
}

export interface SettingSources {
  /** Module-level assignments in files that look like settings modules. */
  settings?: boolean;
  /** `app.config[...]`, `app.config.update(...)`, Flask app attributes, in files that import Flask or Quart. */
  config?: boolean;
}

/** Flask app attributes that mirror a config key (`app.secret_key` is `app.config["SECRET_KEY"]`). */
const APP_ATTRIBUTES: Record<string, string> = {
  secret_key: 'SECRET_KEY',
  debug: 'DEBUG',
  permanent_session_lifetime: 'PERMANENT_SESSION_LIFETIME',
  session_cookie_name: 'SESSION_COOKIE_NAME',
};

/** Names Flask apps usually go by: `app`, `application`, `flask_app`, `self.app`, `backend_app`. */
const APP_LIKE = /(^|[._])app(lication)?$/i;

/** A visitor that calls `onWrite` for every write of one of `keys`; empty when the file cannot contain one. */
export function settingWrites(
  ctx: RuleContext,
  keys: readonly string[],
  sources: SettingSources,
  onWrite: (write: SettingWrite) => void,
): Visitor {
  const wanted = new Set(keys);
  // Cheapest tests first: both answers are memoised per file and shared by every settings rule.
  const settings = sources.settings === true && isSettingsModule(ctx.file.path, ctx.source);
  const config = sources.config === true && importsAny(ctx.source, ['flask', 'quart']);
  if (!settings && !config) return {};
  const attributes = Object.keys(APP_ATTRIBUTES).filter((a) => wanted.has(APP_ATTRIBUTES[a] ?? ''));
  if (!keys.some((k) => ctx.source.includes(k)) && !attributes.some((a) => ctx.source.includes(`.${a}`))) return {};
  const visitor: Visitor = { nodes: {}, calls: {} };
  if (settings) {
    visitor.nodes!.module = (root) => {
      for (const statement of root.namedChildren) {
        const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
        if (assignment?.type !== 'assignment') continue;
        const left = assignment.childForFieldName('left');
        const value = assignment.childForFieldName('right');
        if (left?.type === 'identifier' && value && wanted.has(left.text)) {
          onWrite({ key: left.text, value, node: assignment, origin: 'settings' });
        }
      }
    };
  }
  if (config) {
    visitor.nodes!.assignment = (node) => configAssignment(ctx, node, wanted, onWrite);
    const update = (call: CallInfo) => configUpdate(ctx, call, wanted, onWrite);
    if (ctx.source.includes('.update(')) visitor.calls!['*.update'] = update;
    if (ctx.source.includes('from_mapping(')) visitor.calls!['*.from_mapping'] = update;
  }
  return visitor;
}

function configAssignment(ctx: RuleContext, node: Node, wanted: Set<string>, onWrite: (w: SettingWrite) => void): void {
  const left = node.childForFieldName('left');
  const value = node.childForFieldName('right');
  if (!left || !value) return;
  if (left.type === 'subscript') {
    const target = left.childForFieldName('value');
    if (target?.type !== 'attribute' || target.childForFieldName('attribute')?.text !== 'config') return;
    const key = ctx.staticString(left.childForFieldName('subscript'));
    if (key && wanted.has(key)) onWrite({ key, value, node, origin: 'config' });
  } else if (left.type === 'attribute') {
    const key = APP_ATTRIBUTES[left.childForFieldName('attribute')?.text ?? ''];
    // `self.debug = True` in some helper class is not Flask's debug switch: only app-like objects count.
    if (key && wanted.has(key) && APP_LIKE.test(left.childForFieldName('object')?.text ?? ''))
      onWrite({ key, value, node, origin: 'config' });
  }
}

/** `app.config.update(KEY=v)`, `app.config.update({"KEY": v})`, `app.config.from_mapping(KEY=v)`. */
function configUpdate(ctx: RuleContext, call: CallInfo, wanted: Set<string>, onWrite: (w: SettingWrite) => void): void {
  const receiver = call.receiver;
  if (
    call.method === 'update' &&
    (receiver?.type !== 'attribute' || receiver.childForFieldName('attribute')?.text !== 'config')
  )
    return;
  for (const [key, value] of call.keywords) {
    if (wanted.has(key)) onWrite({ key, value, node: value.parent ?? call.node, origin: 'config' });
  }
  const mapping = call.arg(0);
  if (mapping?.type !== 'dictionary') return;
  for (const pair of mapping.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = ctx.staticString(pair.childForFieldName('key'));
    const value = pair.childForFieldName('value');
    if (key && value && wanted.has(key)) onWrite({ key, value, node: pair, origin: 'config' });
  }
}

/**
 * Like settingWrites for one Django setting, plus `onMissing(anchor)` when a complete, non-development settings
 * module (one that defines MIDDLEWARE, the anchor reported on) never sets `key`.
 */
export function settingWritesOrMissing(
  ctx: RuleContext,
  key: string,
  onWrite: (write: SettingWrite) => void,
  onMissing: (anchor: Node) => void,
): Visitor {
  let anchor: Node | undefined;
  let seen = false;
  const visitor = settingWrites(ctx, [key, 'MIDDLEWARE'], { settings: true }, (write) => {
    if (write.key === 'MIDDLEWARE') anchor ??= write.node;
    else {
      seen = true;
      onWrite(write);
    }
  });
  if (!visitor.nodes?.module || isDevSettingsPath(ctx.file.path)) return visitor;
  return {
    ...visitor,
    end: () => {
      if (!seen && anchor) onMissing(anchor);
    },
  };
}

/**
 * Reports every write of one of `keys` (protections that must stay on) to a false value, with a fix that sets it
 * to True; in development settings (`settings/dev.py`, `local_settings.py`) the finding is low when asked.
 */
export function reportSettingsTurnedOff(
  ctx: RuleContext,
  keys: readonly string[],
  messageId: string,
  options: { lowInDevSettings?: boolean } = {},
): Visitor {
  const low = options.lowInDevSettings === true && isDevSettingsPath(ctx.file.path);
  return settingWrites(ctx, keys, { settings: true, config: true }, (write) => {
    if (ctx.truthiness(write.value) !== false) return;
    ctx.report({
      node: write.node,
      messageId,
      data: { key: write.key },
      ...(low ? { severity: 'low' as const } : {}),
      fix: { description: `Set ${write.key} to True.`, edits: [replaceNode(write.value, 'True')] },
    });
  });
}
