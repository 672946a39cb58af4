// A small stand-in for the Actions runner, enough to run action.yml's steps as a script: `${{ }}` expressions
// over inputs, github and steps contexts, `if:` conditions, `run:` steps through bash with the step's env and
// $GITHUB_OUTPUT / $GITHUB_STEP_SUMMARY files, and `uses:` steps recorded (never run: tests stay offline).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
export interface ActionFile {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

export interface StepRecord {
  id?: string;
  name?: string;
  ran: boolean;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
  with?: Record<string, string>;
}
export interface RunResult {
  steps: StepRecord[];
  failed: boolean;
  summary: string;
  step: (id: string) => StepRecord | undefined;
}

export interface RunOptions {
  actionFile: string;
  actionPath: string;
  workspace: string;
  with: Record<string, string>;
  event: { name: string; payload: object };
  /** Step ids not to run (the install step: the test builds SentinelPy itself). */
  skip: string[];
}

type Context = {
  inputs: Record<string, string>;
  github: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome?: string }>;
  failed: boolean;
};

/** Evaluates the expression subset action.yml uses: paths, 'strings', == != && || !, (), always() success() failure(). */
export function evaluate(expr: string, ctx: Context): string | boolean {
  const tokens = expr.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*(?:\(\))?/g) ?? [];
  let i = 0;
  const truthy = (v: string | boolean) => v !== '' && v !== false;
  const primary = (): string | boolean => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`unexpected end of expression: ${expr}`);
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'always()') return true;
    if (t === 'success()') return !ctx.failed;
    if (t === 'failure()') return ctx.failed;
    if (t === 'true' || t === 'false') return t === 'true';
    let value: unknown = ctx;
    for (const part of t.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    return typeof value === 'string' ? value : '';
  };
  const compare = (): string | boolean => {
    const left = primary();
    if (tokens[i] === '==' || tokens[i] === '!=') {
      const op = tokens[i++];
      const right = primary();
      return op === '==' ? String(left) === String(right) : String(left) !== String(right);
    }
    return left;
  };
  const and = (): string | boolean => {
    let v = compare();
    while (tokens[i] === '&&') {
      i++;
      const r = compare();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): string | boolean => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  return or();
}

const interpolate = (text: string, ctx: Context) =>
  text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_m, e: string) => String(evaluate(e, ctx)));

function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

export async function runComposite(options: RunOptions): Promise<RunResult> {
  const action = parse(readFileSync(options.actionFile, 'utf8')) as ActionFile;
  const temp = mkdtempSync(join(tmpdir(), 'sentinelpy-runner-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event.payload));
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, options.with[k] ?? v.default ?? '']),
  );
  const ctx: Context = {
    inputs,
    github: { action_path: options.actionPath, workspace: options.workspace, event_name: options.event.name },
    steps: {},
    failed: false,
  };
  const records: StepRecord[] = [];
  for (const [n, step] of action.runs.steps.entries()) {
    const record: StepRecord = {
      ...(step.id ? { id: step.id } : {}),
      ...(step.name ? { name: step.name } : {}),
      ran: false,
      outcome: 'skipped',
      outputs: {},
      stdout: '',
      stderr: '',
    };
    records.push(record);
    // As on GitHub: a condition without a status function is `success() && (condition)`.
    const expr = step.if ? step.if.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1') : 'success()';
    const condition = evaluate(
      /\b(always|success|failure|cancelled)\(\)/.test(expr) ? expr : `success() && (${expr})`,
      ctx,
    );
    const wanted = condition !== '' && condition !== false;
    if (!wanted || (step.id && options.skip.includes(step.id))) continue;
    record.ran = true;
    if (step.uses) {
      record.with = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]),
      );
      record.outcome = 'success';
    } else {
      const script = join(temp, `step-${n}.sh`);
      writeFileSync(script, step.run ?? '');
      const outputFile = join(temp, `output-${n}`);
      writeFileSync(outputFile, '');
      const env = {
        ...process.env,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)])),
        GITHUB_ACTION_PATH: options.actionPath,
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_EVENT_NAME: options.event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
      };
      const cwd = step['working-directory'] ? interpolate(step['working-directory'], ctx) : options.workspace;
      try {
        const { stdout, stderr } = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
          cwd,
          env,
          maxBuffer: 64 * 1024 * 1024,
        });
        Object.assign(record, { stdout, stderr, outcome: 'success' });
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string };
        Object.assign(record, { stdout: e.stdout ?? '', stderr: e.stderr ?? '', outcome: 'failure' });
        ctx.failed = true;
      }
      record.outputs = readOutputs(outputFile);
    }
    if (step.id) ctx.steps[step.id] = { outputs: record.outputs, outcome: record.outcome };
  }
  return {
    steps: records,
    failed: ctx.failed,
    summary: readFileSync(summaryFile, 'utf8'),
    step: (id) => records.find((r) => r.id === id),
  };
}
