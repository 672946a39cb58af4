// The `sentinelpy` command (bin/sentinelpy.js calls main): parses arguments, runs a command, maps errors to
// exit codes — 2 with a one-line message for anything the user can fix.
import { parseCli, USAGE } from './args.js';
import { rulesCommand } from './rules-command.js';
import { sbomCommand } from './sbom-command.js';
import { scanCommand, type Io } from './scan-command.js';
import { EXIT, UsageError } from './usage-error.js';
import { toolVersion } from './version.js';

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseCli(argv);
    switch (args.command) {
      case 'help':
        io.stdout(USAGE);
        return EXIT.ok;
      case 'version':
        io.stdout(`${toolVersion()}\n`);
        return EXIT.ok;
      case 'rules':
        return rulesCommand(args, io);
      case 'scan':
        return await scanCommand(args, io);
      case 'sbom':
        return await sbomCommand(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sentinelpy: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
