#!/usr/bin/env node
import { Command } from 'commander';
import { registerDemoCommand } from './demo-command';
import { registerEmulatorCommand } from './emulator-command';

/** Builds the `mojohelpdesk` command line program with every subcommand registered. */
export function buildProgram(): Command {
  const program = new Command('mojohelpdesk');
  program.description('Mojo Helpdesk configuration as code');
  registerEmulatorCommand(program);
  registerDemoCommand(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
