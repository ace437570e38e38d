/** `mojohelpdesk plan-summary`: reads a plan file, writes Markdown, refuses what is not a plan. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main';

describe('mojohelpdesk plan-summary', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'plan-summary-cli-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  const run = (...args: string[]) =>
    buildProgram().parseAsync(['node', 'mojohelpdesk', 'plan-summary', ...args]);

  test('writes the summary to --out', async () => {
    // GIVEN a plan that deletes one queue
    const planPath = join(directory, 'plan.json');
    const outPath = join(directory, 'summary.md');
    writeFileSync(
      planPath,
      JSON.stringify({
        format_version: '1.2',
        resource_changes: [
          {
            address: 'mojohelpdesk_ticket_queue.old',
            mode: 'managed',
            type: 'mojohelpdesk_ticket_queue',
            name: 'old',
            change: { actions: ['delete'], before: { id: '101', name: 'Old' }, after: null },
          },
        ],
      }),
    );

    // WHEN the command runs
    await run(planPath, '--out', outPath);

    // THEN the file holds the summary
    const markdown = readFileSync(outPath, 'utf8');
    expect(markdown).toContain('**Plan:** 0 to create, 0 to update, 0 to replace, 1 to delete.');
    expect(markdown).toContain('**- delete** `mojohelpdesk_ticket_queue.old` (Old)');
  });

  test('refuses a state, plain text and a missing file by code, naming the file', async () => {
    const statePath = join(directory, 'state.json');
    writeFileSync(statePath, JSON.stringify({ format_version: '1.0', values: {} }));

    await expect(run(statePath)).rejects.toMatchObject({
      code: 'NOT_A_PLAN',
      message: expect.stringContaining(`${statePath}: `),
    });
    const textPath = join(directory, 'plan.txt');
    writeFileSync(textPath, 'Plan: 1 to add, 0 to change, 0 to destroy.');
    await expect(run(textPath)).rejects.toMatchObject({
      code: 'PLAN_NOT_JSON',
      message: expect.stringContaining(`${textPath}: `),
    });
    await expect(run(join(directory, 'absent.json'))).rejects.toMatchObject({
      code: 'PLAN_UNREADABLE',
    });
  });
});
