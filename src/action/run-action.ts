// The GitHub Action's scan step (action.yml runs it through main.ts): runs the CLI on the checkout — the lines a
// pull request or merge group changes, or everything — writes the SARIF file, the job summary and the step
// outputs. It exits 0 when the scan ran, whatever it found: the SARIF is uploaded by the next step, and the last
// step fails the job by the `exit-code` output, so findings reach the Security tab even when they fail the check.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { main } from '../cli/main.js';
import type { Io } from '../cli/scan-command.js';
import { ensureCommit } from './base-commit.js';
import { readEvent, type EventContext } from './event-base.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { jobSummary } from './job-summary.js';

export interface ActionIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The CLI's arguments: `--opt=value` so no value can be read as a flag, and `--` before the paths. */
export function cliArguments(inputs: ActionInputs, diff: string | undefined): string[] {
  return [
    'scan',
    '--format=sarif',
    `--output=${inputs.sarifFile}`,
    `--root=${inputs.workspace}`,
    '--no-progress',
    ...(diff ? [`--diff=${diff}`] : []),
    ...(inputs.failOn ? [`--fail-on=${inputs.failOn}`] : []),
    ...(inputs.profile ? [`--profile=${inputs.profile}`] : []),
    ...(inputs.config ? [`--config=${inputs.config}`] : []),
    ...(inputs.offline ? ['--offline'] : []),
    ...(inputs.allowIncomplete ? ['--allow-incomplete'] : []),
    '--',
    ...inputs.paths.map((p) => resolve(inputs.workspace, p)),
  ];
}

/** The ref `--diff` gets: the event's base for `auto`, nothing for `none`, else the input as given. */
async function diffBase(
  inputs: ActionInputs,
  event: EventContext,
  io: ActionIo,
): Promise<{ ref?: string; scope: string }> {
  if (inputs.diff === 'none') return { scope: 'the whole checkout' };
  if (inputs.diff !== 'auto') return { ref: inputs.diff, scope: `lines changed since ${inputs.diff}` };
  const { baseSha } = event;
  if (!baseSha) return { scope: `the whole checkout (${event.event || 'no'} event: no pull request base)` };
  await ensureCommit(inputs.workspace, baseSha, (line) => io.stdout(`${line}\n`));
  return { ref: baseSha, scope: `lines changed since the base commit ${baseSha.slice(0, 12)}` };
}

function output(env: NodeJS.ProcessEnv, values: Record<string, string | number>): void {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(values)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
}

/** Runs the step; resolves with its exit code (2: the inputs, the git base or the scan itself failed). */
export async function runAction(env: NodeJS.ProcessEnv, io: ActionIo): Promise<number> {
  let inputs: ActionInputs;
  let base: { ref?: string; scope: string };
  const event = readEvent(env);
  try {
    inputs = readInputs(env);
    base = await diffBase(inputs, event, io);
  } catch (error) {
    io.stderr(`::error::SentinelPy: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  mkdirSync(dirname(inputs.sarifFile), { recursive: true }); // `sarif-file: reports/x.sarif` in a fresh checkout
  const cliIo: Io = { stdout: io.stdout, stderr: io.stderr, now: () => new Date() };
  const code = await main(cliArguments(inputs, base.ref), cliIo);
  if (code !== 0 && code !== 1) return code; // a usage error, already printed by the CLI
  const { fromFork } = event;
  const upload = inputs.uploadSarif && !fromFork;
  const summary = jobSummary(JSON.parse(readFileSync(inputs.sarifFile, 'utf8')), {
    scope: base.scope,
    topFindings: inputs.topFindings,
    exitCode: code,
    ...(inputs.uploadSarif && fromFork
      ? {
          note: 'The SARIF file was not uploaded: a pull request from a fork gets a read-only token (no security-events: write).',
        }
      : {}),
  });
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary.markdown);
  else io.stdout(summary.markdown);
  output(env, {
    'exit-code': code,
    findings: summary.findings,
    score: summary.score ?? '',
    rating: summary.rating ?? '',
    'sarif-file': relative(inputs.workspace, inputs.sarifFile),
    upload: String(upload),
  });
  // Without GITHUB_OUTPUT (run by hand) there is no later step to fail the job: exit by the findings here.
  return env.GITHUB_OUTPUT ? 0 : code;
}
