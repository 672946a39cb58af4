// A change with no Python file and no dependency manifest to review still gets a completed, passing check with the
// reason: branch protection requires the check by name, and a check that never comes leaves it "Expected" forever.
import type { SentinelConfig } from '../config/schema.js';
import type { CompletedCheck } from '../github/port.js';
import { code } from '../report/md-text.js';
import type { CollectedSources } from './collect-sources.js';

/** Nothing fetched, and nothing skipped either (a skipped Python file is an incomplete review, never a pass). */
export function nothingToReview(collected: CollectedSources): boolean {
  return collected.sources.length === 0 && collected.manifests.length === 0 && collected.skipped.length === 0;
}

export function nothingToReviewCheck(
  collected: CollectedSources,
  config: SentinelConfig,
  what: 'pull request' | 'merge group',
): CompletedCheck {
  const changed = collected.changedFiles ?? 0;
  const include = config.paths.include.map(code).join(', ');
  const exclude = config.paths.exclude.length
    ? `, outside \`paths.exclude\` (${config.paths.exclude.map(code).join(', ')})`
    : '';
  const reason =
    changed === 0
      ? `This ${what} changes no files.`
      : `This ${what} changes ${changed} file(s), and none of them is Python code selected by \`paths.include\` (${include})${exclude} ` +
        'or a dependency manifest (requirements*.txt, pyproject.toml, setup.cfg, setup.py, Pipfile, lock files).';
  return {
    conclusion: 'success',
    output: {
      title: 'Nothing to review',
      summary: `${reason}\n\nThere is nothing for SentinelPy to review, so the check passes.`,
    },
  };
}
