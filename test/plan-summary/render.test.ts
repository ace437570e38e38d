/**
 * The plan summary on small hand-written plans: counts, ordering, masking of sensitive,
 * write-only and secret-looking values, unknown values, the access matrix and folding.
 */
import {
  isPlanSummaryError,
  parsePlanJson,
  renderPlanSummary,
  GITHUB_COMMENT_LIMIT,
} from '../../src/plan-summary';

interface ChangeSpec {
  address: string;
  type?: string;
  actions: string[];
  before?: object | null;
  after?: object | null;
  after_unknown?: object;
  before_sensitive?: object | boolean;
  after_sensitive?: object | boolean;
  replace_paths?: (string | number)[][];
  importing?: { id: string };
  index?: string | number;
}

function resourceChange(spec: ChangeSpec): object {
  const parts = spec.address.replace(/\[.*\]$/, '').split('.');
  return {
    address: spec.address,
    mode: 'managed',
    type: spec.type ?? parts[parts.length - 2],
    name: parts[parts.length - 1],
    ...(spec.index !== undefined ? { index: spec.index } : {}),
    provider_name: 'registry.terraform.io/example/example',
    change: {
      actions: spec.actions,
      before: spec.before ?? null,
      after: spec.after ?? null,
      after_unknown: spec.after_unknown ?? {},
      before_sensitive: spec.before_sensitive ?? {},
      after_sensitive: spec.after_sensitive ?? {},
      ...(spec.replace_paths ? { replace_paths: spec.replace_paths } : {}),
      ...(spec.importing ? { importing: spec.importing } : {}),
    },
  };
}

function resourceValues(address: string, values: object): object {
  const [type, name] = address.split('.');
  return { address, mode: 'managed', type, name, values };
}

interface PlanSpec {
  changes: ChangeSpec[];
  prior?: [string, object][];
  planned?: [string, object][];
  configuration?: object[];
}

function moduleOf(resources: [string, object][] = []): object {
  return { resources: resources.map(([address, values]) => resourceValues(address, values)) };
}

function plan(spec: PlanSpec): object {
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    resource_changes: spec.changes.map(resourceChange),
    planned_values: { root_module: moduleOf(spec.planned) },
    prior_state: { values: { root_module: moduleOf(spec.prior) } },
    configuration: { root_module: { resources: spec.configuration ?? [] } },
  };
}

function markdownOf(document: object, maxLength?: number): string {
  return renderPlanSummary(document, { maxLength }).markdown;
}

describe('counts and order', () => {
  test('an empty plan says there are no changes', () => {
    // GIVEN a plan with no-ops only
    const document = plan({
      changes: [
        { address: 'x_thing.a', actions: ['no-op'], before: { id: '1' }, after: { id: '1' } },
      ],
    });

    // THEN the summary is the title and "No changes."
    expect(markdownOf(document)).toBe('### Terraform plan\n\nNo changes.\n');
    expect(markdownOf({ format_version: '1.2', planned_values: {} })).toContain('No changes.');
  });

  test('counts every kind, puts deletes and replaces first, names the forcing attribute', () => {
    // GIVEN one change of each kind
    const document = plan({
      changes: [
        { address: 'x_thing.new', actions: ['create'], after: { name: 'new' } },
        {
          address: 'x_thing.edited',
          actions: ['update'],
          before: { name: 'old', size: 1 },
          after: { name: 'old', size: 2 },
        },
        {
          address: 'x_user.swapped',
          actions: ['delete', 'create'],
          before: { id: '5', email: 'a@old.example' },
          after: { email: 'a@new.example' },
          after_unknown: { id: true },
          replace_paths: [['email']],
        },
        { address: 'x_thing.gone', actions: ['delete'], before: { id: '9', name: 'gone' } },
        {
          address: 'x_thing.adopted',
          actions: ['no-op'],
          before: { id: '3' },
          after: { id: '3' },
          importing: { id: '3' },
        },
      ],
    });

    // WHEN it is summarised
    const markdown = markdownOf(document);

    // THEN the counts come first, with imports, and deletes and replaces before the rest
    expect(markdown).toContain(
      '**Plan:** 1 to import, 1 to create, 1 to update, 1 to replace, 1 to delete.',
    );
    const risky = markdown.indexOf('Deletes and replaces (2)');
    expect(risky).toBeGreaterThan(0);
    expect(markdown.indexOf('x_thing.new')).toBeGreaterThan(risky);
    expect(markdown).toContain('**-/+ replace** `x_user.swapped` (a@new.example): `email` forces');
    expect(markdown).toContain(
      '| `email` (forces replacement) | `"a@old.example"` | `"a@new.example"` |',
    );
    expect(markdown).toContain('| `id` | `"5"` | (known after apply) |');
    expect(markdown).toContain('| `size` | `1` | `2` |');
    expect(markdown).not.toMatch(/\| `name` \| `"old"`/);
    expect(markdown).toContain('**← import** `x_thing.adopted` from id `3`');
  });
});

describe('masking', () => {
  const secret = 'correct horse battery staple';

  test('sensitive values are masked on both sides and reported as changed', () => {
    // GIVEN a sensitive attribute that changes, and one in a nested map
    const document = plan({
      changes: [
        {
          address: 'x_account.main',
          actions: ['update'],
          before: { id: '1', note: 'first', settings: { colour: 'red', pin: '1234' } },
          after: { id: '1', note: secret, settings: { colour: 'blue', pin: '4321' } },
          before_sensitive: { note: true, settings: { pin: true } },
          after_sensitive: { note: true, settings: { pin: true } },
        },
      ],
    });

    // WHEN it is summarised
    const markdown = markdownOf(document);

    // THEN no sensitive value shows, yet the changes do
    expect(markdown).not.toContain(secret);
    expect(markdown).not.toContain('first');
    expect(markdown).not.toMatch(/1234|4321/);
    expect(markdown).toContain('| `note` | (sensitive) | (sensitive) |');
    expect(markdown).toContain(
      '| `settings` | `{"colour":"red","pin":(sensitive)}` | ' +
        '`{"colour":"blue","pin":(sensitive)}` |',
    );
  });

  test('values named like or shaped like secrets are hidden, write-only nulls never shown', () => {
    // GIVEN a create with a password-like attribute, a key-shaped value and a write-only null
    const document = plan({
      changes: [
        {
          address: 'x_user.alice',
          actions: ['create'],
          after: {
            email: 'alice@example.com',
            api_token: 'plain-words',
            description: 'Zq3kP9xL2mN8vB4cR7tY1wE6',
            pem: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
            labels: { password: 'hunter22', team: 'blue' },
            password: null,
            password_version: '2',
          },
        },
      ],
    });

    // WHEN it is summarised
    const markdown = markdownOf(document);

    // THEN the secrets are replaced by a note and the write-only password is not listed
    for (const hidden of ['plain-words', 'Zq3kP9xL2mN8vB4cR7tY1wE6', 'BEGIN', 'hunter22']) {
      expect(markdown).not.toContain(hidden);
    }
    expect(markdown).toContain('| `api_token` | (hidden) |');
    expect(markdown).toContain('| `labels` | `{"password":(hidden),"team":"blue"}` |');
    expect(markdown).not.toContain('| `password` |');
    expect(markdown).toContain('| `password_version` | `"2"` |');
  });

  test('an unreadable plan is refused without quoting it', () => {
    // GIVEN text that is not JSON, holding a secret
    const attempt = () => parsePlanJson(`{"access_key": "${secret}"`);

    // THEN the error has a stable code and no part of the text
    expect(attempt).toThrow(expect.objectContaining({ code: 'PLAN_NOT_JSON' }));
    try {
      attempt();
    } catch (error) {
      expect(isPlanSummaryError(error, 'PLAN_NOT_JSON')).toBe(true);
      expect((error as Error).message).not.toContain(secret);
    }
  });

  test('states and other formats are refused with their codes', () => {
    expect(() => renderPlanSummary({ format_version: '1.0', values: {} })).toThrow(
      expect.objectContaining({ code: 'NOT_A_PLAN' }),
    );
    expect(() => renderPlanSummary([])).toThrow(expect.objectContaining({ code: 'NOT_A_PLAN' }));
    expect(() => renderPlanSummary({ format_version: '2.0', resource_changes: [] })).toThrow(
      expect.objectContaining({ code: 'PLAN_FORMAT_UNSUPPORTED' }),
    );
  });
});

describe('values', () => {
  test('pipes, backticks and long values stay inside their table cell', () => {
    // GIVEN values with table and code-span syntax, and a very long one
    const document = plan({
      changes: [
        {
          address: 'x_thing.a',
          actions: ['create'],
          after: { pattern: 'a|b', quote: 'say `hi`', long: 'word '.repeat(100) },
        },
      ],
    });

    // WHEN it is summarised
    const markdown = markdownOf(document);

    // THEN each row keeps three pipes that are not escaped
    expect(markdown).toContain('| `pattern` | `"a\\|b"` |');
    expect(markdown).toContain('| `quote` | ``"say `hi`"`` |');
    expect(markdown).toMatch(/\| `long` \| `"(word ){30}.*… \(502 characters\)` \|/);
  });

  test('nested unknown parts read "(known after apply)"', () => {
    const document = plan({
      changes: [
        {
          address: 'x_thing.a',
          actions: ['update'],
          before: { id: '1', rules: [{ name: 'r', target: '7' }] },
          after: { id: '1', rules: [{ name: 'r' }] },
          after_unknown: { rules: [{ target: true }] },
        },
      ],
    });
    expect(markdownOf(document)).toContain(
      '| `rules` | `[{"name":"r","target":"7"}]` | ' +
        '`[{"name":"r","target":(known after apply)}]` |',
    );
  });
});

describe('access matrix', () => {
  const prior: [string, object][] = [
    ['mojohelpdesk_ticket_queue.support', { id: '101', name: 'Support' }],
    ['mojohelpdesk_ticket_queue.sales', { id: '102', name: 'Sales' }],
    ['mojohelpdesk_ticket_queue.billing', { id: '103', name: 'Billing' }],
    ['mojohelpdesk_user.bob', { id: '7', email: 'bob@example.com' }],
    ['mojohelpdesk_group.tier2', { id: '2001', name: 'Tier 2' }],
  ];

  test('grants, revocations and unchanged access by user and group', () => {
    // GIVEN bob moving from Support+Sales to Sales+Billing and Tier 2 gaining all queues
    const document = plan({
      prior,
      planned: prior,
      changes: [
        {
          address: 'mojohelpdesk_user_access_rights.bob',
          actions: ['update'],
          before: { id: '7', user_id: 7, ticket_queue_ids: [101, 102] },
          after: { id: '7', user_id: 7, ticket_queue_ids: [102, 103] },
        },
        {
          address: 'mojohelpdesk_group_access_rights.tier2',
          actions: ['update'],
          before: {
            group_id: 2001,
            ticket_queue_ids: [101],
            has_access_to_all_ticket_queues: false,
          },
          after: { group_id: 2001, ticket_queue_ids: [], has_access_to_all_ticket_queues: true },
        },
        {
          address: 'mojohelpdesk_user_ticket_queue_access.carol_support',
          actions: ['delete'],
          before: { id: '9:101', user_id: 9, ticket_queue_id: 101 },
        },
      ],
    });

    // WHEN it is summarised
    const markdown = markdownOf(document);

    // THEN the matrix names users by email, groups and queues by name, unknown ids by number
    expect(markdown).toContain(
      [
        '| user or group | Billing | Sales | Support | all ticket queues |',
        '|---|:-:|:-:|:-:|:-:|',
        '| user bob@example.com | **+** | ✓ | **−** | |',
        '| user id 9 | | | **−** | |',
        '| group Tier 2 | | | **−** | **+** |',
      ].join('\n'),
    );
  });

  test('ids known only after apply are named through configuration references', () => {
    // GIVEN a new user and a new queue, and an access grant referring to both
    const document = plan({
      prior,
      planned: [
        ...prior,
        ['mojohelpdesk_user.dana', { email: 'dana@example.com' }],
        ['mojohelpdesk_ticket_queue.vip', { name: 'VIP' }],
      ],
      changes: [
        {
          address: 'mojohelpdesk_user.dana',
          actions: ['create'],
          after: { email: 'dana@example.com' },
        },
        { address: 'mojohelpdesk_ticket_queue.vip', actions: ['create'], after: { name: 'VIP' } },
        {
          address: 'mojohelpdesk_user_access_rights.dana',
          actions: ['create'],
          after: { ticket_queue_ids: [101, null] },
          after_unknown: { id: true, user_id: true, ticket_queue_ids: [false, true] },
        },
      ],
      configuration: [
        {
          address: 'mojohelpdesk_user_access_rights.dana',
          mode: 'managed',
          type: 'mojohelpdesk_user_access_rights',
          name: 'dana',
          expressions: {
            user_id: { references: ['mojohelpdesk_user.dana.id', 'mojohelpdesk_user.dana'] },
            ticket_queue_ids: {
              references: [
                'mojohelpdesk_ticket_queue.support.id',
                'mojohelpdesk_ticket_queue.support',
                'mojohelpdesk_ticket_queue.vip.id',
                'mojohelpdesk_ticket_queue.vip',
              ],
            },
          },
        },
      ],
    });

    // THEN the new user and queue appear by email and name
    expect(markdownOf(document)).toContain(
      [
        '| user or group | Support | VIP (new) |',
        '|---|:-:|:-:|',
        '| user dana@example.com (new) | **+** | **+** |',
      ].join('\n'),
    );
  });
});

describe('folding', () => {
  function bigPlan(count: number): object {
    return plan({
      changes: [
        {
          address: 'x_user.old',
          actions: ['delete'],
          before: { id: '1', email: 'old@example.com' },
        },
        ...Array.from({ length: count }, (_, index) => ({
          address: `x_queue.q[${index}]`,
          index,
          actions: ['create'],
          after: {
            name: `Queue ${index}`,
            email_alias: `queue-${index}`,
            description: 'x'.repeat(40),
          },
          after_unknown: { id: true },
        })),
      ],
    });
  }

  test('a long plan folds per resource type and fits the limit without losing deletes', () => {
    // GIVEN 3000 creates and one delete
    const document = bigPlan(3000);

    // WHEN it is summarised for a GitHub comment
    const summary = renderPlanSummary(document);

    // THEN it fits, keeps the counts and the delete, and folds the creates
    expect(summary.markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(summary.overLimit).toBe(false);
    expect(summary.detail).not.toBe('full');
    expect(summary.markdown).toContain(
      '**Plan:** 3000 to create, 0 to update, 0 to replace, 1 to delete.',
    );
    expect(summary.markdown).toContain('`x_user.old` (old@example.com)');
    expect(summary.markdown).toContain(
      '<details><summary><code>x_queue</code>: 3000 to create</summary>',
    );
  });

  test('every level keeps the counts and the delete; the least keeps only counts per type', () => {
    const document = bigPlan(40);
    const levels = [100_000, 8_000, 1_500, 600].map((maxLength) =>
      renderPlanSummary(document, { maxLength }),
    );
    expect(levels.map((summary) => summary.detail)).toEqual(['full', 'brief', 'names', 'counts']);
    for (const summary of levels) {
      expect(summary.markdown).toContain('40 to create');
      expect(summary.markdown).toContain('`x_user.old`');
    }
    expect(levels[3].markdown).toContain('- `x_queue`: 40 to create (list left out to fit');
  });

  test('a summary that cannot fit says so and still holds the deletes', () => {
    const summary = renderPlanSummary(bigPlan(5), { maxLength: 50 });
    expect(summary.overLimit).toBe(true);
    expect(summary.markdown).toContain('`x_user.old`');
  });
});
