/**
 * The export's promise, checked with the real cdktf CLI and Terraform: the generated app's first
 * deploy against the same helpdesk imports every object and creates, changes and deletes
 * nothing; a diff afterwards shows no change.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applySummary,
  cdktfWorkspace,
  REPOSITORY_ROOT,
  seedLargeHelpdesk,
  showsNoChanges,
  startFixture,
  writeRequests,
} from './helpers';
import type { ExportFixture } from './helpers';
import { exportHelpdesk } from '../../src/export';
import type { ExportResult } from '../../src/export';
import { ensureProviderBundle } from '../helpers/terraform';

const ROUND_TRIP_TIMEOUT_MS = 20 * 60 * 1000;

/** Exports the fixture's helpdesk, deploys the app, diffs it; returns what each step said. */
async function exportAndDeploy(
  fixture: ExportFixture,
  parent: string,
): Promise<{ result: ExportResult; deploy: string; diff: string }> {
  const result = await exportHelpdesk({
    outDir: join(parent, 'app'),
    url: fixture.emulator.url,
    accessKey: fixture.accessKey,
    packageName: join(REPOSITORY_ROOT, 'src'),
    requestsPerSecond: 1000,
  });

  const workspace = cdktfWorkspace(result.outDir, {
    url: fixture.emulator.url,
    accessKey: fixture.accessKey,
  });
  try {
    fixture.emulator.resetLog();
    const deploy = await workspace.run(['deploy', '--auto-approve']);
    if (deploy.code !== 0) {
      throw new Error(`cdktf deploy failed:\n${deploy.output}`);
    }
    const diff = await workspace.run(['diff']);
    if (diff.code !== 0) {
      throw new Error(`cdktf diff failed:\n${diff.output}`);
    }
    return { result, deploy: deploy.output, diff: diff.output };
  } finally {
    workspace.remove();
  }
}

describe('export round trip with the real cdktf CLI', () => {
  let fixture: ExportFixture;
  let parent: string;

  beforeAll(() => {
    ensureProviderBundle();
  });

  beforeEach(async () => {
    fixture = await startFixture();
    parent = mkdtempSync(join(tmpdir(), 'export-round-trip-'));
  });

  afterEach(async () => {
    await fixture.close();
    rmSync(parent, { recursive: true, force: true });
  });

  test(
    'a helpdesk of 500+ objects of every kind is adopted by imports alone',
    async () => {
      // GIVEN a helpdesk seeded through the client with several hundred objects
      await seedLargeHelpdesk(fixture.client);

      // WHEN it is exported, and the app deployed against the same helpdesk, then diffed
      const { result, deploy, diff } = await exportAndDeploy(fixture, parent);

      // THEN every object was imported, none created, changed or deleted, and nothing is left
      expect(result.summary.imported).toBeGreaterThanOrEqual(500);
      expect(applySummary(deploy)).toEqual({
        imported: result.summary.imported,
        added: 0,
        changed: 0,
        destroyed: 0,
      });
      expect(writeRequests(fixture.emulator)).toEqual({});
      expect(showsNoChanges(diff)).toBe(true);

      const kinds = Object.fromEntries(result.summary.resources);
      expect(Object.keys(kinds).sort()).toEqual(
        [
          'agent access rights',
          'asset statuses',
          'asset types',
          'departments',
          'group access grants',
          'group access rights',
          'groups',
          'locations',
          'tags',
          'ticket queues',
          'ticket types',
          'users',
        ].sort(),
      );
      expect(kinds.users).toBe(201);
      expect(result.summary.owner).toBe('owner@example.com');
    },
    ROUND_TRIP_TIMEOUT_MS,
  );

  test(
    'names that need escaping or repeat where the description needs them unique round-trip',
    async () => {
      // GIVEN names with quotes, backslashes, unicode, YAML look-alikes and repeats
      const { client } = fixture;
      const quoted = await client.ticketQueues.create({ name: 'Say "hi" \\ back\\slash' });
      const first = await client.ticketQueues.create({ name: 'Dup' });
      const second = await client.ticketQueues.create({ name: 'Dup' });
      await client.ticketQueues.create({ name: 'yes' });
      await client.ticketQueues.create({ name: 'null' });
      await client.ticketQueues.create({ name: '- x' });
      await client.ticketQueues.create({ name: 'Ünïcødé ✓ 日本' });
      const acme = await client.groups.create({ name: 'Acme' });
      const acmeAgain = await client.groups.create({ name: 'Acme', city: 'Paris' });
      await client.groups.create({ name: 'no', notes: 'line one\nline "two"\n' });
      const agent = await client.users.create({
        email: "o'brien+agent@example.com",
        first_name: 'Seán "the tech"',
        role_id: 20,
        company_id: acmeAgain.id,
      });
      const customer = await client.users.create({
        email: 'customer@example.com',
        last_name: 'true',
        company_id: acme.id,
      });
      await client.accessRights.setUserQueues(agent.id, [quoted.id, first.id, second.id], true);
      await client.accessRights.setGroupQueues(acme.id, [first.id], true);
      await client.accessRights.setGroupQueues(acmeAgain.id, [second.id], true);
      await client.groupAccess.set(customer.id, acme.id, 2);
      await client.groupAccess.set(customer.id, acmeAgain.id, 1);
      await client.tags.create({ label: 'on', color: '#00FF00' });
      await client.tags.create({ label: '#hash: colon', color: '#123abc' });
      await client.ticketTypes.create({ name: 'true' });
      await client.ticketTypes.create({ name: 'true' });
      await client.assetStatuses.create({ name: '~' });
      const building = await client.locations.create({ name: 'Building A' });
      const other = await client.locations.create({ name: 'Building B' });
      await client.locations.create({ name: 'Floor 1', parent_id: building.id });
      await client.locations.create({ name: 'Floor 1', parent_id: other.id });
      await client.departments.create({ name: 'a/b' });
      await client.departments.create({ name: 'a--b' });
      await client.assetTypes.create({ name: '12:30', description: 'looks like a time' });

      // WHEN it is exported, deployed and diffed
      const { result, deploy, diff } = await exportAndDeploy(fixture, parent);

      // THEN the app compiled, imported everything and changed nothing
      expect(applySummary(deploy)).toEqual({
        imported: result.summary.imported,
        added: 0,
        changed: 0,
        destroyed: 0,
      });
      expect(writeRequests(fixture.emulator)).toEqual({});
      expect(showsNoChanges(diff)).toBe(true);

      // AND what the description cannot say went to the bindings
      expect(result.summary.bound).toBeGreaterThan(0);
      const yaml = readFileSync(join(result.outDir, 'helpdesk.yaml'), 'utf8');
      expect(yaml).toContain('- name: "yes"');
      expect(yaml).toContain('- name: "null"');
      expect(yaml).toContain('- name: "- x"');
    },
    ROUND_TRIP_TIMEOUT_MS,
  );
});
