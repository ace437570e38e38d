import * as fc from 'fast-check';
import { Helpdesk } from '../../src/constructs/helpdesk';
import { planAdoption, renderDescriptionYaml } from '../../src/export';
import type { AdoptionPlan, DetailResource, HelpdeskSnapshot } from '../../src/export';

/** A snapshot with nothing in it but what a test adds. */
function snapshot(parts: Partial<HelpdeskSnapshot>): HelpdeskSnapshot {
  return {
    ticketQueues: [],
    groups: [],
    users: [],
    tags: [],
    ticketTypes: [],
    assetStatuses: [],
    assetTypes: [],
    departments: [],
    locations: [],
    ticketForms: [],
    teams: [],
    agentAccess: [],
    groupAccessRights: [],
    groupAccess: [],
    ...parts,
  };
}

function boundResources(plan: AdoptionPlan): DetailResource[] {
  return plan.details.filter(
    (statement): statement is DetailResource => statement.kind !== 'setting',
  );
}

describe('planning an adoption', () => {
  test('entries refer to each other by name and every resource has an import id', () => {
    // GIVEN a queue, a group, an agent with a grant and a requester with group access
    const plan = planAdoption(
      snapshot({
        ticketQueues: [{ id: 5, name: 'Support', email_alias: 'support', email_forward: '' }],
        groups: [{ id: 7, name: 'Acme', city: 'Lyon', zip: '69001' }],
        users: [
          { id: 1, email: 'owner@example.com', role_id: 40 },
          { id: 2, email: 'agent@example.com', role_id: 15, company_id: 7 },
          { id: 3, email: 'customer@example.com', role_id: 10, company_id: 7, is_active: false },
        ],
        agentAccess: [
          { id: 1, has_access_to_all_ticket_queues: true, accessible_queues: [] },
          { id: 2, accessible_queues: [{ id: 5, name: 'Support' }] },
        ],
        groupAccessRights: [{ id: 7, has_access_to_all_ticket_queues: true }],
        groupAccess: [{ user_id: 3, group_id: 7, access: 2 }],
      }),
    );

    // THEN the description names them, and the details hold only what it cannot say
    expect(plan.description).toEqual({
      ticketQueues: [{ name: 'Support', emailAlias: 'support' }],
      groups: [{ name: 'Acme', city: 'Lyon', allTicketQueues: true }],
      users: [
        { email: 'owner@example.com', role: 'owner' },
        { email: 'agent@example.com', role: 'restricted-technician', group: 'Acme' },
        { email: 'customer@example.com', group: 'Acme', active: false },
      ],
      ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['agent@example.com'] }],
      groupAccess: [{ user: 'customer@example.com', group: 'Acme', access: 'comment-only' }],
    });
    expect(plan.details).toEqual([
      {
        kind: 'setting',
        section: 'Groups',
        target: 'helpdesk.group("Acme")',
        property: 'zip',
        value: '"69001"',
      },
      {
        kind: 'setting',
        section: 'Users',
        target: 'helpdesk.user("owner@example.com")',
        property: 'lifecycle',
        value: '{ preventDestroy: true }',
      },
    ]);
    expect(plan.imports).toEqual({
      'helpdesk/ticket-queue Support': '5',
      'helpdesk/group Acme': '7',
      'helpdesk/user owner@example.com': '1',
      'helpdesk/user agent@example.com': '2',
      'helpdesk/user customer@example.com': '3',
      'helpdesk/access-rights agent@example.com': '2',
      'helpdesk/group-access-rights Acme': '7',
      'helpdesk/group-access customer@example.com Acme': '3:7',
    });
    expect(plan.summary.owner).toBe('owner@example.com');
  });

  test('a repeated name goes to the bindings, with the grants that involve it', () => {
    // GIVEN two queues and two groups of the same names, granted and used
    const plan = planAdoption(
      snapshot({
        ticketQueues: [
          { id: 1, name: 'Dup' },
          { id: 2, name: 'Dup', email_ticket_form_id: 2700 },
        ],
        ticketForms: [{ id: 2700, name: 'Default', is_default: true, is_enabled: true }],
        groups: [
          { id: 3, name: 'Acme' },
          { id: 4, name: 'Acme', address: '1 Road' },
        ],
        users: [{ id: 9, email: 'agent@example.com', role_id: 20, company_id: 4 }],
        agentAccess: [
          {
            id: 9,
            accessible_queues: [
              { id: 1, name: 'Dup' },
              { id: 2, name: 'Dup' },
            ],
          },
        ],
        groupAccessRights: [{ id: 4, accessible_queues: [{ id: 1, name: 'Dup' }] }],
        groupAccess: [{ user_id: 9, group_id: 4, access: 1 }],
      }),
    );

    // THEN the first of each stays in the description; the rest is made with the bindings
    expect(plan.description.ticketQueues).toEqual([{ name: 'Dup' }]);
    expect(plan.description.groups).toEqual([{ name: 'Acme' }]);
    expect(plan.description.users).toEqual([{ email: 'agent@example.com', role: 'technician' }]);
    expect(plan.description.ticketQueueAccess).toBeUndefined();
    const bound = boundResources(plan);
    expect(bound.map((resource) => [resource.className, resource.constructId])).toEqual([
      ['DataMojohelpdeskTicketForm', 'ticket-form 2700'],
      ['TicketQueue', 'ticket-queue 2'],
      ['Group', 'group 4'],
      ['UserAccessRights', 'access-rights 9'],
      ['GroupAccessRights', 'group-access-rights 4'],
      ['UserGroupAccess', 'group-access 9:4'],
    ]);
    expect(bound.find((resource) => resource.variable === 'accessRightsOfUser9')?.props).toEqual([
      ['userId', 'Token.asNumber(helpdesk.user("agent@example.com").id)'],
      [
        'ticketQueueIds',
        '[Token.asNumber(helpdesk.ticketQueue("Dup").id), Token.asNumber(ticketQueue2.id)]',
      ],
    ]);
    expect(plan.details).toContainEqual(
      expect.objectContaining({
        target: 'helpdesk.user("agent@example.com")',
        property: 'companyId',
        value: 'Token.asNumber(group4.id)',
      }),
    );
    expect(plan.imports['ticket-queue 2']).toBe('2');
    expect(plan.imports['group-access 9:4']).toBe('9:4');
    expect(plan.summary.imported).toBe(Object.keys(plan.imports).length);
  });

  test('a tree with a repeated name is made with the bindings, parents first', () => {
    const plan = planAdoption(
      snapshot({
        locations: [
          { id: 13, name: 'Floor 1', parent_id: 12 },
          { id: 11, name: 'Floor 1', parent_id: 10 },
          { id: 10, name: 'Building A' },
          { id: 12, name: 'Building B' },
        ],
        departments: [
          { id: 20, name: 'Ops' },
          { id: 21, name: 'Workshop', parent_id: 20, description: '' },
        ],
      }),
    );

    expect(plan.description.locations).toBeUndefined();
    expect(plan.description.departments).toEqual([
      { name: 'Ops' },
      { name: 'Workshop', parent: 'Ops' },
    ]);
    const locations = boundResources(plan);
    expect(locations.map((resource) => resource.variable)).toEqual([
      'location10',
      'location11',
      'location12',
      'location13',
    ]);
    expect(locations[3].props).toContainEqual(['parentId', 'Token.asNumber(location12.id)']);
  });

  test.each<[string, Partial<HelpdeskSnapshot>, RegExp]>([
    [
      'an email the provider refuses',
      { users: [{ id: 4, email: 'someone@localhost', role_id: 10 }] },
      /the user someone@localhost \(id 4\) cannot be exported: .*name@domain\.tld/,
    ],
    [
      'a tag colour that is not #rrggbb',
      { tags: [{ id: 8, label: 'urgent', color: 'red' }] },
      /The tag "urgent" \(id 8\) cannot be exported: its colour "red" is not written #rrggbb/,
    ],
  ])('%s stops the export with an error naming the object', (_case, parts, message) => {
    expect(() => planAdoption(snapshot(parts))).toThrow(
      expect.objectContaining({
        code: 'EXPORT_NOT_REPRESENTABLE',
        message: expect.stringMatching(message),
      }),
    );
  });
});

describe('the description as YAML', () => {
  const header = ' test';

  test('strings YAML 1.1 or 1.2 would misread are quoted', () => {
    const yaml = renderDescriptionYaml(
      {
        ticketQueues: ['yes', 'null', '- x', '0o12', '12:30', 'on', '~'].map((name) => ({ name })),
      },
      header,
    );

    for (const name of ['yes', 'null', '- x', '0o12', '12:30', 'on', '~']) {
      expect(yaml).toContain(`- name: "${name}"`);
    }
  });

  test("any names read back exactly, through the construct's own parser", () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 8 }), name, (names, notes) => {
        const description = {
          ticketQueues: names
            .filter((entry) => entry.trim() !== '')
            .map((entry) => ({ name: entry })),
          groups: [{ name: 'Group', notes }],
        };
        const parsed = Helpdesk.parseDescription(renderDescriptionYaml(description, header));
        expect(parsed).toEqual(description);
      }),
      { numRuns: 150 },
    );
  });
});
