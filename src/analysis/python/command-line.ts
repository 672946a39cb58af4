// Process-start APIs and the words of the command they run, shared by command-injection and pip rules.
import type { Node } from '../syntax-node.js';
import type { RuleContext } from '../rule.js';
import type { CallInfo } from './call-name.js';
import { HOLE, templateOf } from './string-template.js';

/** subprocess functions that take `shell=` (Bandit's `subprocess` list). */
export const SUBPROCESS_FNS = [
  'subprocess.run',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'subprocess.Popen',
] as const;

/** Functions that always run their command through a shell (Bandit's `shell` list). */
export const SHELL_FNS = [
  'os.system',
  'os.popen',
  'os.popen2',
  'os.popen3',
  'os.popen4',
  'popen2.popen2',
  'popen2.popen3',
  'popen2.popen4',
  'popen2.Popen3',
  'popen2.Popen4',
  'commands.getoutput',
  'commands.getstatusoutput',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
] as const;

/** Functions that start a program without a shell (Bandit's `no_shell` list). */
export const NO_SHELL_FNS = [
  'os.execl',
  'os.execle',
  'os.execlp',
  'os.execlpe',
  'os.execv',
  'os.execve',
  'os.execvp',
  'os.execvpe',
  'os.spawnl',
  'os.spawnle',
  'os.spawnlp',
  'os.spawnlpe',
  'os.spawnv',
  'os.spawnve',
  'os.spawnvp',
  'os.spawnvpe',
  'os.startfile',
] as const;

type Ctx = Pick<RuleContext, 'staticString' | 'staticValue'>;

/**
 * The command of a `subprocess` call that runs without a shell (`shell=True` calls are subprocess-shell-true's),
 * or undefined. subprocess-without-shell and subprocess-constant-command split these calls between them.
 */
export function commandWithoutShell(ctx: Pick<RuleContext, 'truthiness'>, call: CallInfo): Node | undefined {
  const shell = call.kwarg('shell');
  if (shell && ctx.truthiness(shell) !== false) return undefined;
  return call.argOrKwarg(0, 'args');
}

/** One word of a command line: its constant text, or null when it is computed at run time. */
export type Word = string | null;

/**
 * The words of a command: an argv list/tuple item by item, or a command string split on blanks (computed
 * parts become null). Undefined when nothing about the command is known (a bare variable).
 */
export function commandWords(ctx: Ctx, node: Node | undefined | null): Word[] | undefined {
  if (!node) return undefined;
  if (node.type === 'list' || node.type === 'tuple') return argvWords(ctx, node.namedChildren);
  const template = templateOf(ctx, node);
  if (template === undefined) return undefined;
  return template
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.includes(HOLE) ? null : unquote(w)));
}

/** `'flask>=2.0'` → `flask>=2.0`: the shell removes quotes around a whole word. */
function unquote(word: string): string {
  return /^(['"]).*\1$/.test(word) && word.length >= 2 ? word.slice(1, -1) : word;
}

/** Words of separate positional arguments (`os.execlp(file, arg0, ...)`, `create_subprocess_exec(*argv)`). */
export function argvWords(ctx: Ctx, items: readonly (Node | null)[]): Word[] {
  const words: Word[] = [];
  for (const item of items) {
    if (!item || item.type === 'comment') continue;
    if (item.type === 'list_splat') {
      words.push(null);
      continue;
    }
    words.push(ctx.staticString(item) ?? null);
  }
  return words;
}

/** True when every element of an argv list or the whole command string is constant. */
export function isConstantCommand(ctx: Ctx, node: Node | undefined | null): boolean {
  if (!node) return false;
  const value = ctx.staticValue(node);
  if (typeof value === 'string') return true;
  return Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number');
}

/** `[sys.executable, "-m", "pip", "--version"]`: the running interpreter with constant arguments. */
export function isOwnInterpreterCommand(
  ctx: Pick<RuleContext, 'staticString' | 'qualifiedName'>,
  command: Node,
): boolean {
  if (command.type !== 'list' && command.type !== 'tuple') return false;
  const items = command.namedChildren.filter((c): c is Node => Boolean(c) && c?.type !== 'comment');
  const [first, ...rest] = items;
  return (
    first !== undefined &&
    ctx.qualifiedName(first) === 'sys.executable' &&
    rest.every((item) => ctx.staticString(item) !== undefined)
  );
}
