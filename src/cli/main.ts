#!/usr/bin/env node
import { Command } from 'commander';
import { registerDemoCommand } from './demo-command';
import { registerEmulatorCommand } from './emulator-command';
import { registerExportCommand } from './export-command';
import { registerPlanSummaryCommand } from './plan-summary-command';
import { registerProviderCommand } from './provider-command';

/** Builds the `mojohelpdesk` command line program with every subcommand registered. */
export function buildProgram(): Command {
  const program = new Command('mojohelpdesk');
  program.description('Mojo Helpdesk configuration as code');
  registerEmulatorCommand(program);
  registerExportCommand(program);
  registerDemoCommand(program);
  registerPlanSummaryCommand(program);
  registerProviderCommand(program);
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
