import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCdktfProject, plainText } from './cdktf-project';
import type { CdktfProject } from './cdktf-project';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { ensureProviderBundle } from '../helpers/terraform';

/** Each cdktf command starts Node, ts-node, the app and Terraform: generous on a shared box. */
const COMMAND_TIMEOUT = 300_000;

const DESCRIPTION = `
ticketQueues:
  - name: Support
    emailAlias: help
  - name: Billing
groups:
  - name: Acme
users:
  - email: agent@acme.example
    firstName: Ada
    role: technician
    group: Acme
  - email: customer@acme.example
    group: Acme
tags:
  - label: urgent
    color: '#ff0000'
departments:
  - name: Operations
  - name: Workshop
    parent: Operations
ticketQueueAccess:
  - ticketQueue: Support
    agents: [agent@acme.example]
groupAccess:
  - user: customer@acme.example
    group: Acme
    access: comment-only
`;

/** Resources the description above makes. */
const RESOURCE_COUNT = 10;

describe('the cdktf CLI with the Helpdesk construct', () => {
  const accessKey = randomBytes(18).toString('base64url');
  let emulator: RunningEmulator;
  let project: CdktfProject;

  /** The ticket queues the emulator holds, by name. */
  async function queues(): Promise<Map<string, Record<string, unknown>>> {
    const response = await fetch(
      `${emulator.url}/api/v2/ticket_queues?per_page=100&access_key=${accessKey}`,
    );
    const list = (await response.json()) as Record<string, unknown>[];
    return new Map(list.map((queue) => [String(queue.name), queue]));
  }

  beforeAll(async () => {
    ensureProviderBundle();
    emulator = await startEmulator({ accessKey, port: 0 });
    project = createCdktfProject(emulator.url, accessKey);
    project.writeDescription(DESCRIPTION);
  });

  afterAll(async () => {
    project?.remove();
    await emulator?.close();
  });

  test(
    'synth writes the stack with the provider installed and locked',
    async () => {
      await project.runOk(['synth']);

      const stackDirectory = join(project.directory, 'cdktf.out', 'stacks', 'helpdesk');
      const synthesized = JSON.parse(readFileSync(join(stackDirectory, 'cdk.tf.json'), 'utf8'));
      const resources = Object.values(synthesized.resource as Record<string, object>).reduce(
        (total, byName) => total + Object.keys(byName).length,
        0,
      );
      expect(resources).toBe(RESOURCE_COUNT);
      expect(readFileSync(join(stackDirectory, '.terraform.lock.hcl'), 'utf8')).toContain(
        'provider "registry.terraform.io/mojohelpdesk-iac/mojohelpdesk"',
      );
      expect(existsSync(join(stackDirectory, 'terraform.d', 'plugins'))).toBe(true);
    },
    COMMAND_TIMEOUT,
  );

  test(
    'diff before the first deploy plans every resource',
    async () => {
      const diff = plainText((await project.runOk(['diff'])).stdout);

      expect(diff).toContain(`Plan: ${RESOURCE_COUNT} to add, 0 to change, 0 to destroy.`);
    },
    COMMAND_TIMEOUT,
  );

  test(
    'deploy creates the helpdesk in the service',
    async () => {
      const deploy = plainText((await project.runOk(['deploy', '--auto-approve'])).stdout);

      expect(deploy).toContain(`Apply complete! Resources: ${RESOURCE_COUNT} added`);
      const created = await queues();
      expect(created.get('Support')).toMatchObject({ email_alias: 'help' });
      expect(created.has('Billing')).toBe(true);
    },
    COMMAND_TIMEOUT,
  );

  test(
    'diff after deploy finds nothing to change',
    async () => {
      const diff = plainText((await project.runOk(['diff'])).stdout);

      expect(diff).toContain('No changes. Your infrastructure matches the configuration.');
    },
    COMMAND_TIMEOUT,
  );

  test(
    'an edit to the description shows exactly that change',
    async () => {
      project.writeDescription(DESCRIPTION.replace('emailAlias: help', 'emailAlias: helpdesk'));

      const diff = plainText((await project.runOk(['diff'])).stdout);

      expect(diff).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
      expect(diff).toMatch(/~ resource "mojohelpdesk_ticket_queue" "helpdesk_ticket-queueSupport_/);
      expect(diff).toMatch(/~ email_alias\s+= "help" -> "helpdesk"/);
    },
    COMMAND_TIMEOUT,
  );

  test(
    'destroy removes what deploy created',
    async () => {
      const destroy = plainText((await project.runOk(['destroy', '--auto-approve'])).stdout);

      expect(destroy).toContain(`Destroy complete! Resources: ${RESOURCE_COUNT} destroyed.`);
      const remaining = await queues();
      expect(remaining.has('Support')).toBe(false);
      expect(remaining.has('Billing')).toBe(false);
    },
    COMMAND_TIMEOUT,
  );
});
