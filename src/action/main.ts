// Entry point of the GitHub Action's scan step (action.yml: `node "$GITHUB_ACTION_PATH/dist/src/action/main.js"`).
import { runAction } from './run-action.js';

runAction(process.env, {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`::error::SentinelPy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
