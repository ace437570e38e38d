import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { DescriptionFormat, GroupAccessLevel, Helpdesk, UserRole } from '../../src';
import type { HelpdeskDescription, HelpdeskProblem } from '../../src';
import { HelpdeskDescriptionError } from '../../src/constructs/validation';
import { ensureProviderBundle } from '../helpers/terraform';

/** A small sound description the tests break one entry at a time. */
const SOUND: HelpdeskDescription = {
  ticketQueues: [{ name: 'Support', emailAlias: 'support' }, { name: 'Billing' }],
  groups: [{ name: 'Acme' }, { name: 'Globex', allTicketQueues: true }],
  users: [
    { email: 'agent@example.com', role: UserRole.TECHNICIAN, group: 'Acme' },
    { email: 'boss@example.com', role: UserRole.ADMINISTRATOR },
    { email: 'customer@example.com', group: 'Acme' },
  ],
  tags: [{ label: 'urgent', color: '#ff0000' }],
  ticketTypes: [{ name: 'Question' }],
  assetStatuses: [{ name: 'In Service' }],
  assetTypes: [{ name: 'Bikes' }, { name: 'E-Bikes', parent: 'Bikes' }],
  departments: [{ name: 'Ops' }, { name: 'Workshop', parent: 'Ops' }],
  locations: [{ name: 'Portland' }],
  ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['agent@example.com'], groups: ['Acme'] }],
  groupAccess: [{ user: 'customer@example.com', group: 'Acme', access: GroupAccessLevel.FULL }],
};

function problemsOf(description: HelpdeskDescription): HelpdeskProblem[] {
  return Helpdesk.validate(description);
}

/** The Terraform JSON a helpdesk synthesizes to, parsed. */
function synthesize(description: HelpdeskDescription): Record<string, Record<string, unknown>> {
  const stack = Testing.synthScope((scope) => {
    new Helpdesk(scope, 'helpdesk', { ...description, installProvider: false });
  });
  return JSON.parse(stack).resource;
}

describe('Helpdesk validation', () => {
  test('a sound description has no problems', () => {
    expect(problemsOf(SOUND)).toEqual([]);
  });

  test.each<[string, HelpdeskDescription, string, string, RegExp]>([
    [
      'a duplicate ticket queue',
      { ticketQueues: [{ name: 'Support' }, { name: 'Support' }] },
      'DUPLICATE',
      'ticketQueues[1]',
      /ticketQueues\[1\] "Support" repeats ticketQueues\[0\]/,
    ],
    [
      'a duplicate email that differs in case',
      { users: [{ email: 'a@example.com' }, { email: 'A@Example.com' }] },
      'DUPLICATE',
      'users[1]',
      /users\[1\] "A@Example.com" repeats users\[0\]/,
    ],
    [
      'a user in a group that does not exist',
      { users: [{ email: 'a@example.com', group: 'Initech' }] },
      'DANGLING_REFERENCE',
      'users[0].group',
      /users\[0\] "a@example.com" belongs to the group "Initech"/,
    ],
    [
      'a department whose parent does not exist',
      { departments: [{ name: 'Workshop', parent: 'Operations' }] },
      'DANGLING_REFERENCE',
      'departments[0].parent',
      /departments\[0\] "Workshop" names the parent "Operations"/,
    ],
    [
      'a cycle in the location tree',
      {
        locations: [
          { name: 'Top' },
          { name: 'A', parent: 'C' },
          { name: 'B', parent: 'A' },
          { name: 'C', parent: 'B' },
        ],
      },
      'CYCLE',
      'locations[1].parent',
      /locations\[1\] "A" is its own ancestor: A -> C -> B -> A/,
    ],
    [
      'an asset type that is its own parent',
      { assetTypes: [{ name: 'Bikes', parent: 'Bikes' }] },
      'CYCLE',
      'assetTypes[0].parent',
      /assetTypes\[0\] "Bikes" is its own ancestor/,
    ],
    [
      'an access row for a queue that does not exist',
      { ticketQueueAccess: [{ ticketQueue: 'Sales' }] },
      'DANGLING_REFERENCE',
      'ticketQueueAccess[0].ticketQueue',
      /ticketQueueAccess\[0\] "Sales" names the ticket queue "Sales"/,
    ],
    [
      'an access row naming an unknown agent',
      {
        ticketQueues: [{ name: 'Support' }],
        ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['ghost@example.com'] }],
      },
      'DANGLING_REFERENCE',
      'ticketQueueAccess[0].agents[0]',
      /names the agent "ghost@example.com", who is not in users/,
    ],
    [
      'a requester granted a ticket queue',
      {
        ticketQueues: [{ name: 'Support' }],
        users: [{ email: 'customer@example.com' }],
        ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['customer@example.com'] }],
      },
      'INVALID_VALUE',
      'ticketQueueAccess[0].agents[0]',
      /"customer@example.com", a requester/,
    ],
    [
      'an administrator in the access matrix',
      {
        ticketQueues: [{ name: 'Support' }],
        users: [{ email: 'boss@example.com', role: UserRole.ADMINISTRATOR }],
        ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['boss@example.com'] }],
      },
      'CONFLICT',
      'ticketQueueAccess[0].agents[0]',
      /"boss@example.com", who as administrator sees every ticket queue/,
    ],
    [
      'a group with every queue also in the matrix',
      {
        ticketQueues: [{ name: 'Support' }],
        groups: [{ name: 'Globex', allTicketQueues: true }],
        ticketQueueAccess: [{ ticketQueue: 'Support', groups: ['Globex'] }],
      },
      'CONFLICT',
      'ticketQueueAccess[0].groups[0]',
      /the group "Globex", which already has allTicketQueues/,
    ],
    [
      'group access for an unknown group',
      {
        users: [{ email: 'a@example.com' }],
        groupAccess: [{ user: 'a@example.com', group: 'Nope', access: GroupAccessLevel.FULL }],
      },
      'DANGLING_REFERENCE',
      'groupAccess[0].group',
      /groupAccess\[0\] \(a@example.com in "Nope"\) names the group "Nope"/,
    ],
    [
      'a tag colour that is not #rrggbb',
      { tags: [{ label: 'urgent', color: 'red' }] },
      'INVALID_VALUE',
      'tags[0].color',
      /tags\[0\] "urgent" has the colour "red"/,
    ],
    [
      'an unknown role',
      { users: [{ email: 'a@example.com', role: 'wizard' as UserRole }] },
      'INVALID_VALUE',
      'users[0].role',
      /role of users\[0\] is "wizard"; it must be one of "requester"/,
    ],
    [
      'an empty queue name',
      { ticketQueues: [{ name: ' ' }] },
      'EMPTY_NAME',
      'ticketQueues[0]',
      /ticketQueues\[0\] has an empty name/,
    ],
    [
      'a misspelt section',
      { ticketQueus: [] } as HelpdeskDescription,
      'UNKNOWN_KEY',
      'ticketQueus',
      /"ticketQueus" is not a section/,
    ],
  ])('%s is reported at its entry', (_case, description, code, path, message) => {
    const problems = problemsOf(description);

    expect(problems).toContainEqual({ code, path, message: expect.stringMatching(message) });
  });

  test('the construct refuses a broken description and lists every problem', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');

    let thrown: unknown;
    try {
      new Helpdesk(stack, 'helpdesk', {
        ticketQueues: [{ name: 'Support' }, { name: 'Support' }],
        departments: [{ name: 'Workshop', parent: 'Operations' }],
        installProvider: false,
      });
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(HelpdeskDescriptionError);
    const error = thrown as HelpdeskDescriptionError;
    expect(error.code).toBe('INVALID_HELPDESK_DESCRIPTION');
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'ticketQueues[1]',
      'departments[0].parent',
    ]);
    expect(error.message).toMatch(/has 2 problems/);
    expect(error.message).toContain('departments[0] "Workshop" names the parent "Operations"');
  });
});

describe('Helpdesk description files', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'helpdesk-description-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test('YAML and JSON files describe the same helpdesk', () => {
    const yamlPath = join(directory, 'helpdesk.yaml');
    writeFileSync(
      yamlPath,
      [
        'ticketQueues:',
        '  - name: Support',
        'users:',
        '  - email: agent@example.com',
        '    role: technician',
        'ticketQueueAccess:',
        '  - ticketQueue: Support',
        '    agents: [agent@example.com]',
        '',
      ].join('\n'),
    );
    const jsonPath = join(directory, 'helpdesk.json');
    writeFileSync(jsonPath, JSON.stringify(Helpdesk.loadDescription(yamlPath)));

    expect(Helpdesk.loadDescription(jsonPath)).toEqual({
      ticketQueues: [{ name: 'Support' }],
      users: [{ email: 'agent@example.com', role: 'technician' }],
      ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['agent@example.com'] }],
    });
  });

  test('a broken file is reported with its path and the offending entries', () => {
    const path = join(directory, 'broken.yaml');
    writeFileSync(path, 'groups:\n  - name: Acme\n    colour: blue\nusers:\n  - mail: x\n');

    expect(() => Helpdesk.loadDescription(path)).toThrow(
      expect.objectContaining({
        code: 'INVALID_HELPDESK_DESCRIPTION',
        message: expect.stringContaining(path),
        problems: [
          expect.objectContaining({ code: 'UNKNOWN_KEY', path: 'groups[0].colour' }),
          expect.objectContaining({ code: 'WRONG_SHAPE', path: 'users[0].email' }),
          expect.objectContaining({ code: 'UNKNOWN_KEY', path: 'users[0].mail' }),
        ],
      }),
    );
  });

  test('text that is not YAML is reported as such', () => {
    expect(() =>
      Helpdesk.parseDescription('{ "ticketQueues": [', DescriptionFormat.JSON, 'inline'),
    ).toThrow(/inline has 1 problem:\n {2}- \(file\): It is not valid json/);
  });
});

describe('Helpdesk resources', () => {
  test('every entry becomes one resource, references become ids', () => {
    const resources = synthesize(SOUND);

    const count = (type: string): number => Object.keys(resources[type] ?? {}).length;
    expect(count('mojohelpdesk_ticket_queue')).toBe(2);
    expect(count('mojohelpdesk_group')).toBe(2);
    expect(count('mojohelpdesk_user')).toBe(3);
    expect(count('mojohelpdesk_tag')).toBe(1);
    expect(count('mojohelpdesk_ticket_type')).toBe(1);
    expect(count('mojohelpdesk_asset_status')).toBe(1);
    expect(count('mojohelpdesk_asset_type')).toBe(2);
    expect(count('mojohelpdesk_department')).toBe(2);
    expect(count('mojohelpdesk_location')).toBe(1);
    expect(count('mojohelpdesk_user_access_rights')).toBe(1);
    expect(count('mojohelpdesk_group_access_rights')).toBe(2);
    expect(count('mojohelpdesk_user_group_access')).toBe(1);

    const users = Object.values(resources.mojohelpdesk_user) as Record<string, unknown>[];
    const agent = users.find((user) => user.email === 'agent@example.com');
    expect(agent).toMatchObject({
      role_id: 20,
      company_id: expect.stringMatching(/^\$\{mojohelpdesk_group\.helpdesk_groupAcme_\w+\.id\}$/),
    });

    const rights = Object.values(resources.mojohelpdesk_user_access_rights)[0];
    expect(rights).toMatchObject({
      ticket_queue_ids: [
        expect.stringMatching(/^\$\{mojohelpdesk_ticket_queue\.\S+Support\S*\.id\}$/),
      ],
    });
    const groupRights = Object.values(resources.mojohelpdesk_group_access_rights);
    expect(groupRights).toContainEqual(
      expect.objectContaining({ has_access_to_all_ticket_queues: true }),
    );

    const child = Object.values(resources.mojohelpdesk_department).find(
      (department) => (department as Record<string, unknown>).name === 'Workshop',
    );
    expect(child).toMatchObject({ parent_id: expect.stringMatching(/mojohelpdesk_department\./) });

    const grant = Object.values(resources.mojohelpdesk_user_group_access)[0];
    expect(grant).toMatchObject({ access: 1 });
  });

  test('one provider block per stack, shared by every helpdesk in it', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const first = new Helpdesk(stack, 'first', {
      ticketQueues: [{ name: 'A' }],
      installProvider: false,
    });
    const second = new Helpdesk(stack, 'second', {
      ticketQueues: [{ name: 'B' }],
      installProvider: false,
    });

    const synthesized = JSON.parse(Testing.synth(stack));
    expect(synthesized.provider.mojohelpdesk).toHaveLength(1);
    expect(second.provider).toBe(first.provider);
    expect(first.ticketQueue('A').nameInput).toBe('A');
    expect(() => first.ticketQueue('B')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_HELPDESK_ENTRY' }),
    );
  });

  test('the synthesized stack directory holds the provider and its lock file', () => {
    ensureProviderBundle();
    const outdir = mkdtempSync(join(tmpdir(), 'helpdesk-synth-'));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'helpdesk');
      new Helpdesk(stack, 'helpdesk', { ticketQueues: [{ name: 'Support' }] });
      app.synth();

      const stackDirectory = join(outdir, 'stacks', 'helpdesk');
      const lock = readFileSync(join(stackDirectory, '.terraform.lock.hcl'), 'utf8');
      expect(lock).toMatch(
        /provider "registry.terraform.io\/mojohelpdesk-iac\/mojohelpdesk" \{[\s\S]*h1:/,
      );
      expect(
        existsSync(join(stackDirectory, 'terraform.d', 'plugins', 'registry.terraform.io')),
      ).toBe(true);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
