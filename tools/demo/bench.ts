// `npm run demo -- --bench`: median time from webhook delivery to completed check, for the demo PR and a 50-file PR.
import { runRound } from './run-once.js';
import { seedLargePullRequest, seedSamplePullRequest } from './sample-pr.js';
import type { GitHubSimulator, SimPullRequest } from '../simulator/index.js';

export interface BenchFigure {
  label: string;
  runs: number;
  checkMs: number[];
  settledMs: number[];
  analyseMs: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(
  label: string,
  seed: (sim: GitHubSimulator) => SimPullRequest,
  runs: number,
  throttle = true,
): Promise<BenchFigure> {
  const figure: BenchFigure = { label, runs, checkMs: [], settledMs: [], analyseMs: [] };
  for (let i = 0; i < runs; i++) {
    const round = await runRound(seed, 'fatal', throttle);
    await round.env.close();
    if (round.env.sim.violations.length > 0)
      throw new Error(`${label}: ${round.env.sim.violations.length} OpenAPI violation(s)`);
    figure.checkMs.push(round.checkMs);
    figure.settledMs.push(round.settledMs);
    figure.analyseMs.push(round.readAndAnalyseMs);
  }
  return figure;
}

export async function runBench(runs: number): Promise<BenchFigure[]> {
  return [
    await measure('demo PR (2 Python files)', seedSamplePullRequest, runs),
    await measure('50-file PR', (sim) => seedLargePullRequest(sim, 50), runs),
    // What the App itself costs: the same PR without the write spacing GitHub asks of real installations.
    await measure('50-file PR, throttling off', (sim) => seedLargePullRequest(sim, 50), runs, false),
  ];
}

export function renderBench(figures: BenchFigure[]): string {
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  const rows = figures.map(
    (f) =>
      `| ${f.label} | ${f.runs} | ${ms(f.checkMs)} | ${ms(f.analyseMs)} | ${ms(f.settledMs)} | ${f.checkMs.map((v) => v.toFixed(0)).join(', ')} |`,
  );
  return [
    '| Pull request | Runs | Delivery → completed check | Delivery → files read and analysed | Delivery → all settled | Each run, check (ms) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    "Medians. Writes after the analysis are spaced about 1 s apart by Probot's throttling plugin, as GitHub asks;",
    'the last row turns that spacing off to time the App alone. Each run starts a fresh App (worker start-up included).',
  ].join('\n');
}
