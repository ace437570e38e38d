import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { PlanSummaryError, parsePlanJson, renderPlanSummary } from '../plan-summary';
import type { PlanDocument } from '../plan-summary';

/** Options of `mojohelpdesk plan-summary`. */
interface PlanSummaryCommandOptions {
  readonly out?: string;
  readonly maxLength?: number;
}

/** The plan at `path` (`-`: standard input); a refusal names where the plan came from. */
function readPlan(path: string): PlanDocument {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new PlanSummaryError('PLAN_UNREADABLE', `Could not read the plan ${path} (${code}).`);
  }
  try {
    return parsePlanJson(text);
  } catch (error) {
    if (error instanceof PlanSummaryError) {
      const source = path === '-' ? 'standard input' : path;
      throw new PlanSummaryError(error.code, `${source}: ${error.message}`);
    }
    throw error;
  }
}

function parseLength(text: string): number {
  const length = Number(text);
  if (!Number.isInteger(length) || length < 1) {
    throw new Error(`--max-length takes a positive whole number of characters, not ${text}.`);
  }
  return length;
}

/**
 * Summarises a plan: reads `terraform show -json` output from a file (or standard input for
 * `-`), writes the Markdown to `--out` or standard output, and warns on standard error when the
 * summary stays longer than the limit even with the least detail.
 */
function summarisePlan(planPath: string, options: PlanSummaryCommandOptions): void {
  const plan = readPlan(planPath);
  const summary = renderPlanSummary(plan, { maxLength: options.maxLength });

  if (options.out) {
    writeFileSync(options.out, summary.markdown);
  } else {
    process.stdout.write(summary.markdown);
  }

  if (summary.overLimit) {
    process.stderr.write(
      `The summary is ${summary.markdown.length} characters, over the limit even with the ` +
        'least detail: its deletes, replaces and access matrix alone are that long.\n',
    );
  }
}

/** Registers `mojohelpdesk plan-summary`: a saved plan as Markdown for a pull-request comment. */
export function registerPlanSummaryCommand(program: Command): void {
  program
    .command('plan-summary')
    .description('Summarise `terraform show -json <plan>` output as Markdown for a pull request')
    .argument('<plan-json>', 'the JSON plan file, or - for standard input')
    .option('--out <file>', 'write the Markdown to this file instead of standard output')
    .option(
      '--max-length <characters>',
      'fold detail until the Markdown is at most this long (default: fits a GitHub comment)',
      parseLength,
    )
    .action((planPath: string, options: PlanSummaryCommandOptions) =>
      summarisePlan(planPath, options),
    );
}
