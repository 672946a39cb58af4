// Reads a `pip install …` command line: which packages it installs and which index options it passes.
import type { Node } from '../syntax-node.js';
import type { RuleContext } from '../rule.js';
import type { CallInfo } from './call-name.js';
import { argvWords, commandWords, NO_SHELL_FNS, SHELL_FNS, SUBPROCESS_FNS, type Word } from './command-line.js';

/** Options of `pip install` that take a value (the value is not a package). */
const VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '--trusted-host',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '-e',
  '--editable',
  '--src',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--progress-bar',
  '--cache-dir',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--upgrade-strategy',
  '--cert',
  '--client-cert',
  '--report',
  '--only-binary',
  '--no-binary',
]);

export interface PipInstall {
  /** Package requirement words (`requests`, `flask==3.0.3`); null for computed words. */
  packages: Word[];
  /** `--option` → its value (null when computed); `--opt=value` is split. */
  options: Map<string, Word>;
  /** True when a requirements file (`-r`) is installed. */
  fromRequirements: boolean;
}

const PIP_PROGRAM = /(^|[/\\])pip(\d+(\.\d+)*)?(\.exe)?$/;

/** Index of the `install` word of a pip command (`pip install`, `python -m pip install`), or -1. */
export function pipInstallIndex(words: readonly Word[]): number {
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== 'install') continue;
    const before = words[i - 1];
    if (before && PIP_PROGRAM.test(before)) return i;
  }
  return -1;
}

/** Parses the words after `install`; undefined when `words` is not a pip install command. */
export function parsePipInstall(words: readonly Word[]): PipInstall | undefined {
  const start = pipInstallIndex(words);
  if (start < 0) return undefined;
  const result: PipInstall = { packages: [], options: new Map(), fromRequirements: false };
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i] ?? null;
    if (word === null || !word.startsWith('-')) {
      result.packages.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq > 0 && word.startsWith('--') ? word.slice(0, eq) : word;
    if (!VALUE_OPTIONS.has(name)) {
      result.options.set(name, null);
      continue;
    }
    const value = eq > 0 && word.startsWith('--') ? word.slice(eq + 1) : (words[++i] ?? null);
    result.options.set(name, value);
    if (name === '-r' || name === '--requirement') result.fromRequirements = true;
  }
  return result;
}

/** True for a requirement pinned to one exact version, or a file/URL that is not resolved by name. */
export function isPinned(requirement: string): boolean {
  if (/===?\s*[\w.!+-]+$/.test(requirement) && !/[<>~!]=|,/.test(requirement)) return true;
  // VCS URLs (`git+https://…`) move with their branch unless they name a commit.
  if (/^[a-z]+\+|@\s*[a-z]+\+/i.test(requirement)) return /@[0-9a-f]{7,40}(#|$)/i.test(requirement);
  return (
    /^(\.|\/|https?:|file:)/i.test(requirement) ||
    /\.(whl|tar\.gz|zip)$/i.test(requirement) ||
    /@\s*(https?:|file:)/.test(requirement)
  );
}

/** Calls whose first argument is a whole command line (string or argv list). */
const COMMAND_ARG_FNS = [...SUBPROCESS_FNS, ...SHELL_FNS, 'asyncio.create_subprocess_shell', 'pty.spawn'];
/** Calls whose positional arguments are the words of the command. */
const ARGV_FNS = ['asyncio.create_subprocess_exec', ...NO_SHELL_FNS.filter((f) => f.startsWith('os.exec'))];
/** pip's own entry points, called with the words after `pip`. */
const PIP_MAIN_FNS = ['pip.main', 'pip._internal.main', 'pip._internal.cli.main.main'];

/** Every call name whose arguments may hold a `pip install` command. */
export const PIP_COMMAND_CALLS: readonly string[] = [...COMMAND_ARG_FNS, ...ARGV_FNS, ...PIP_MAIN_FNS];

/** The words of the command a process-start or pip.main call runs (undefined when unknown). */
export function commandWordsOfCall(
  ctx: Pick<RuleContext, 'staticString' | 'staticValue'>,
  call: CallInfo,
): Word[] | undefined {
  const name = call.name ?? '';
  if (PIP_MAIN_FNS.includes(name)) {
    const words = commandWords(ctx, call.argOrKwarg(0, 'args'));
    return words ? ['pip', ...words] : undefined;
  }
  if (ARGV_FNS.includes(name)) return argvWords(ctx, call.argumentList?.namedChildren.filter(isPositional) ?? []);
  return commandWords(
    ctx,
    call.argOrKwarg(0, name === 'subprocess.Popen' || name.startsWith('subprocess.') ? 'args' : 'command'),
  );
}

/**
 * Text one of the calls `pipInstallOf` recognises must contain (subprocess and os functions, `pip._internal`, the
 * `pip` program itself): the engine skips the pip rules in files that hold none of it.
 */
export const PIP_COMMAND_HINTS: readonly string[] = [
  ...['Popen', '_internal', 'check_call', 'check_output', 'execl', 'execv', 'getoutput', 'getstatusoutput', 'pip'],
  ...['popen', 'spawn', 'subprocess', 'system'],
];

/** The `pip install` a call runs, if it runs one. */
export function pipInstallOf(
  ctx: Pick<RuleContext, 'staticString' | 'staticValue'>,
  call: CallInfo,
): PipInstall | undefined {
  const words = commandWordsOfCall(ctx, call);
  return words ? parsePipInstall(words) : undefined;
}

function isPositional(node: Node | null): boolean {
  return (
    Boolean(node) && node?.type !== 'keyword_argument' && node?.type !== 'dictionary_splat' && node?.type !== 'comment'
  );
}
