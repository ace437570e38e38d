/**
 * What the export tests share: an emulator with a client, helpdesks seeded through the client,
 * and the real cdktf CLI run on a generated app.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MojoClient } from '../../src/client';
import type { RoleId } from '../../src/client';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');

/** An emulator and a client of it that waits for nothing. */
export interface ExportFixture {
  readonly emulator: RunningEmulator;
  readonly client: MojoClient;
  readonly accessKey: string;
  close(): Promise<void>;
}

/** Starts an emulator on a free port with the minimal seed (owner, ticket forms, teams). */
export async function startFixture(): Promise<ExportFixture> {
  const accessKey = 'export-test-key-0123456789';
  const emulator = await startEmulator({ accessKey, port: 0 });
  const client = new MojoClient({ url: emulator.url, accessKey, requestsPerSecond: Infinity });
  return {
    emulator,
    client,
    accessKey,
    close: async () => {
      await client.close();
      await emulator.close();
    },
  };
}

/** Creates nodes of a tree: `fanOut` roots, each with `fanOut` children and grandchildren. */
async function seedTree(
  create: (name: string, parentId?: number, description?: string) => Promise<number>,
  label: string,
  fanOut: number,
): Promise<void> {
  for (let root = 1; root <= fanOut; root += 1) {
    const rootId = await create(`${label} ${root}`, undefined, `Top ${label.toLowerCase()}`);
    for (let child = 1; child <= fanOut; child += 1) {
      const childId = await create(`${label} ${root}.${child}`, rootId);
      await create(`${label} ${root}.${child}.1`, childId, 'Leaf');
    }
  }
}

/**
 * Seeds a helpdesk of several hundred objects of every kind through the client: ticket queues
 * (some with a ticket form), groups with every field, users of every role (some inactive, some
 * with extra fields), tags, ticket types, asset statuses, three trees, agent and group access
 * rights (explicit and all queues) and group access at both levels.
 */
export async function seedLargeHelpdesk(client: MojoClient): Promise<void> {
  const queueIds: number[] = [];
  for (let index = 1; index <= 30; index += 1) {
    const queue = await client.ticketQueues.create({
      name: `Queue ${String(index).padStart(2, '0')}`,
      ...(index % 3 === 0 ? { email_alias: `queue${index}` } : {}),
      ...(index % 5 === 0 ? { email_forward: `desk${index}@example.org` } : {}),
      ...(index % 7 === 0 ? { email_ticket_form_id: index % 2 === 0 ? 2700 : 2701 } : {}),
    });
    queueIds.push(queue.id);
  }

  const groupIds: number[] = [];
  for (let index = 1; index <= 30; index += 1) {
    const group = await client.groups.create({
      name: `Company ${index}`,
      ...(index % 2 === 0 ? { city: 'Lyon', country: 'France', notes: `Notes ${index}` } : {}),
      ...(index % 4 === 0
        ? {
            address: `${index} Main Street`,
            zip: '69001',
            state: 'Rhone',
            support_status_id: 1,
            support_start_date: '2024-01-01',
            support_end_date: '2025-06-30',
            website_url: `www.company${index}.example`,
          }
        : {}),
    });
    groupIds.push(group.id);
  }

  const roles: RoleId[] = [10, 10, 10, 15, 20, 30, 35];
  const users: { id: number; role: RoleId }[] = [];
  for (let index = 1; index <= 200; index += 1) {
    const role = roles[index % roles.length];
    const user = await client.users.create({
      email: `person${index}@example.com`,
      first_name: `First${index}`,
      last_name: `Last${index}`,
      role_id: role,
      ...(index % 3 !== 0 ? { company_id: groupIds[index % groupIds.length] } : {}),
      ...(index % 11 === 0 ? { is_active: false } : {}),
      ...(index % 6 === 0 ? { work_phone: `+33 1 00 00 ${index}` } : {}),
      ...(index % 13 === 0 ? { cell_phone: '+33 6 00 00 00', user_notes: 'Prefers email' } : {}),
    });
    users.push({ id: user.id, role });
  }
  await client.groups.update(groupIds[3], { primary_contact_id: users[10].id });

  for (let index = 1; index <= 30; index += 1) {
    const color = `#${(index * 123457).toString(16).slice(-6).padStart(6, '0')}`;
    await client.tags.create({ label: `Tag ${index}`, color });
  }
  for (let index = 1; index <= 20; index += 1) {
    await client.ticketTypes.create({ name: `Type ${index}` });
  }
  for (let index = 1; index <= 15; index += 1) {
    await client.assetStatuses.create({ name: `Status ${index}` });
  }

  const tree =
    (api: MojoClient['assetTypes']) =>
    async (name: string, parentId?: number, description?: string): Promise<number> =>
      (await api.create({ name, parent_id: parentId, description })).id;
  await seedTree(tree(client.assetTypes), 'Asset type', 4);
  await seedTree(tree(client.departments), 'Department', 3);
  await seedTree(tree(client.locations), 'Location', 3);

  const agents = users.filter((user) => user.role >= 15 && user.role <= 30);
  for (const [index, agent] of agents.entries()) {
    if (index % 5 === 4) {
      continue;
    }
    const queues = queueIds.filter((_id, position) => (position + index) % 9 < 1 + (index % 3));
    await client.accessRights.setUserQueues(agent.id, queues, true);
  }
  for (let index = 0; index < 12; index += 1) {
    await client.accessRights.setGroupQueues(
      groupIds[index],
      queueIds.slice(index, index + 3),
      true,
    );
  }
  for (const index of [20, 21, 22]) {
    await client.accessRights.setGroupAllQueues(groupIds[index], true);
  }

  const requesters = users.filter((user) => user.role === 10);
  for (const [index, requester] of requesters.slice(0, 60).entries()) {
    await client.groupAccess.set(requester.id, groupIds[index % 30], index % 2 === 0 ? 1 : 2);
  }
}

/** How a cdktf command ended. */
export interface CdktfResult {
  readonly code: number | null;
  readonly output: string;
}

/** A generated app made runnable here: this repository's node_modules, its own CLI config. */
export interface CdktfWorkspace {
  readonly env: NodeJS.ProcessEnv;
  run(args: readonly string[]): Promise<CdktfResult>;
  remove(): void;
}

/**
 * Prepares `appDirectory` (a generated app importing `REPOSITORY_ROOT/src`) for the real cdktf
 * CLI: links this repository's node_modules into it and gives it an empty Terraform CLI
 * configuration. Commands run with the provider pointed at the emulator.
 */
export function cdktfWorkspace(
  appDirectory: string,
  settings: { readonly url: string; readonly accessKey: string },
): CdktfWorkspace {
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(appDirectory, 'node_modules'), 'dir');
  const home = mkdtempSync(join(tmpdir(), 'export-cdktf-home-'));
  const cliConfig = join(home, 'terraform.rc');
  writeFileSync(cliConfig, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    FORCE_COLOR: '0',
    CI: '1',
    MOJO_HELPDESK_URL: settings.url,
    MOJO_HELPDESK_ACCESS_KEY: settings.accessKey,
    MOJO_HELPDESK_REQUESTS_PER_SECOND: '500',
  };

  const run = (args: readonly string[]): Promise<CdktfResult> =>
    new Promise((resolveRun, reject) => {
      const child = spawn(join(REPOSITORY_ROOT, 'node_modules', '.bin', 'cdktf'), [...args], {
        cwd: appDirectory,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolveRun({ code, output }));
    });

  return { env, run, remove: () => rmSync(home, { recursive: true, force: true }) };
}

/** The apply summary line's counts, or undefined when the output has none. */
export function applySummary(
  output: string,
): { imported: number; added: number; changed: number; destroyed: number } | undefined {
  const match = /Resources: (?:(\d+) imported, )?(\d+) added, (\d+) changed, (\d+) destroyed/.exec(
    output,
  );
  if (!match) {
    return undefined;
  }
  return {
    imported: Number(match[1] ?? 0),
    added: Number(match[2]),
    changed: Number(match[3]),
    destroyed: Number(match[4]),
  };
}

/** Whether a `cdktf diff` output says that nothing would change. */
export function showsNoChanges(output: string): boolean {
  return /No changes\.|found no differences/.test(output);
}

/** Requests other than reads, as "METHOD /path" with their counts. */
export function writeRequests(emulator: RunningEmulator): Record<string, number> {
  return Object.fromEntries(
    Object.entries(emulator.counters()).filter(
      ([request]) => !/^(GET|HEAD|OPTIONS) /.test(request),
    ),
  );
}
