/**
 * The access key and user passwords never leave the provider except towards the service: with
 * TF_LOG=trace, apply, plan, import and destroy leave no trace of them in Terraform's log, the
 * state, the plan JSON, any diagnostic or the plan summary. And the provider refuses to send the
 * key in the clear to a host that is not loopback, without connecting to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startHarness } from './fixtures';
import type { ReliabilityHarness } from './fixtures';
import { renderPlanSummary } from '../../src/plan-summary';

const ACCESS_KEY = 'SeCrEt-AcCeSs-KeY-7f3a91c2d4';
const PASSWORDS = ['Pw-Alpha-9k2LmQ8x', 'Pw-Bravo-4rT7vW1z', 'Pw-Charlie-6yH3nB5c'];
const SECRETS = [ACCESS_KEY, ...PASSWORDS];

/**
 * The configuration as CI keeps it: the key comes from MOJO_HELPDESK_ACCESS_KEY and the
 * passwords from a sensitive variable, so main.tf itself holds no secret.
 */
function config(version: string, queueName: string): string {
  const provider = harness.providerBlock().replace(/\n\s*access_key\s*=.*\n/, '\n');
  return `${provider}
variable "passwords" {
  type      = list(string)
  sensitive = true
}

resource "mojohelpdesk_ticket_queue" "support" {
  name = "${queueName}"
}

resource "mojohelpdesk_user" "alice" {
  email            = "alice@example.com"
  role_id          = 20
  password         = var.passwords[0]
  password_version = "${version}"
}

resource "mojohelpdesk_user" "bob" {
  email            = "bob@example.com"
  password         = var.passwords[1]
  password_version = "${version}"
}

resource "mojohelpdesk_user_ticket_queue_access" "alice_support" {
  user_id         = mojohelpdesk_user.alice.id
  ticket_queue_id = mojohelpdesk_ticket_queue.support.id
}
`;
}

/** Everything the workspace directory holds as text: logs, state, backups, plan JSON. */
function workspaceTexts(directory: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (
      /\.(log|tfstate|backup|json|md|txt)$/.test(entry) ||
      entry.startsWith('terraform.tfstate')
    ) {
      texts.set(entry, readFileSync(path, 'utf8'));
    }
  }
  return texts;
}

function leaks(texts: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [name, text] of texts) {
    for (const secret of SECRETS) {
      if (text.includes(secret)) {
        found.push(`${name} holds ${secret === ACCESS_KEY ? 'the access key' : 'a password'}`);
      }
    }
  }
  return found;
}

/** The JSON paths of every string in `value` that holds a secret. */
function secretPaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') {
    return SECRETS.some((secret) => value.includes(secret)) ? [path] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((element, index) => secretPaths(element, `${path}[${index}]`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, element]) =>
      secretPaths(element, `${path}.${key}`),
    );
  }
  return [];
}

let harness: ReliabilityHarness;
let logFile: string;

beforeAll(async () => {
  harness = await startHarness({
    accessKey: ACCESS_KEY,
    env: { TF_LOG: 'trace', MOJO_HELPDESK_ACCESS_KEY: ACCESS_KEY },
  });
  logFile = join(harness.workspace.directory, 'terraform-trace.log');
});

afterAll(async () => {
  await harness?.close();
});

test('apply, plan, import, destroy at TF_LOG=trace never show the key or passwords', async () => {
  const { workspace, client } = harness;
  const outputs = new Map<string, string>();
  let passwords = PASSWORDS;
  const run = async (name: string, args: string[], expectedCode = 0) => {
    const env = { TF_LOG_PATH: logFile, TF_VAR_passwords: JSON.stringify(passwords) };
    const result = await workspace.run(args, env);
    outputs.set(`${name} output`, result.stdout + result.stderr);
    expect({ name, code: result.code }).toEqual({ name, code: expectedCode });
    return result;
  };

  // GIVEN users with passwords, applied
  workspace.writeConfig(config('1', 'Support'));
  await run('apply', ['apply', '-auto-approve', '-no-color']);
  const alice = await client.users.getByEmail('alice@example.com');
  expect(alice).not.toHaveProperty('password');

  // WHEN a change of password and name is planned, shown as JSON and summarized
  passwords = [PASSWORDS[2], PASSWORDS[1], PASSWORDS[0]];
  workspace.writeConfig(config('2', 'Helpdesk Support'));
  await run('plan', ['plan', '-no-color', '-out=change.tfplan', '-detailed-exitcode'], 2);
  const show = await workspace.run(['show', '-json', 'change.tfplan']);
  const planJson = JSON.parse(show.stdout) as Record<string, unknown>;
  // Terraform itself records the values of root input variables, sensitive or not, in a saved
  // plan; everything the provider planned (changes, values, state) must be free of secrets.
  expect(secretPaths(planJson)).toEqual([
    '$.variables.passwords.value[0]',
    '$.variables.passwords.value[1]',
    '$.variables.passwords.value[2]',
  ]);
  delete planJson.variables;
  outputs.set('plan.json', JSON.stringify(planJson));
  const summary = renderPlanSummary(JSON.parse(show.stdout));
  outputs.set('plan summary', summary.markdown);
  await run('apply the plan', ['apply', '-no-color', 'change.tfplan']);

  // AND a user is forgotten and imported again, then everything is destroyed
  await run('state rm', ['state', 'rm', '-no-color', 'mojohelpdesk_user.bob']);
  await run('import', ['import', '-no-color', 'mojohelpdesk_user.bob', 'bob@example.com']);
  await run('plan after import', ['plan', '-no-color']);

  // AND a password the provider refuses, and a diagnostic from the service, at the same level
  passwords = [PASSWORDS[0], PASSWORDS[1], PASSWORDS[0].slice(0, 5)];
  workspace.writeConfig(`${config('3', 'Support')}
resource "mojohelpdesk_user" "short" {
  email    = "short@example.com"
  password = var.passwords[2]
}
`);
  const refused = await run('invalid password', ['plan', '-no-color'], 1);
  expect(refused.stderr).toContain('Invalid Password');
  expect(refused.stderr).not.toContain(PASSWORDS[0].slice(0, 5));
  passwords = PASSWORDS;
  workspace.writeConfig(config('3', 'Support'));
  await run('destroy', ['destroy', '-auto-approve', '-no-color']);

  // THEN no output, log, state, backup, plan JSON or summary holds a secret
  const texts = new Map([...outputs, ...workspaceTexts(workspace.directory)]);
  const trace = texts.get('terraform-trace.log') ?? '';
  console.log(
    `secrets: ${texts.size} texts checked (${[...texts.keys()].join(', ')}); trace log ` +
      `${trace.length} characters; leaks ${leaks(texts).length}`,
  );
  expect(leaks(texts)).toEqual([]);
  expect(trace).toContain('GRPCProvider');
  expect(trace.length).toBeGreaterThan(10_000);
  expect(existsSync(join(workspace.directory, 'terraform.tfstate.backup'))).toBe(true);
}, 600_000);

function nonLoopbackAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) {
        return address.address;
      }
    }
  }
  return undefined;
}

test('plain http to a host that is not loopback is refused, with no connection', async () => {
  // GIVEN a listener on a non-loopback address of this machine, counting connections
  const host = nonLoopbackAddress() ?? '127.0.0.1';
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const target = host === '127.0.0.1' ? `insecure.example.com:${port}` : `${host}:${port}`;

  try {
    // WHEN the provider is configured with plain http to it
    harness.workspace.writeConfig(
      config('1', 'Support').replace(harness.emulator.url, `http://${target}`),
    );
    const plan = await harness.workspace.run(['plan', '-no-color'], {
      TF_VAR_passwords: JSON.stringify(PASSWORDS),
    });

    // THEN the plan fails with a diagnostic at url, and nothing connected
    const errors = plan.stderr.replace(/\s+/g, ' ');
    expect(plan.code).toBe(1);
    expect(errors).toContain('Insecure Service URL');
    expect(errors).toMatch(/url\s*=/);
    expect(errors).not.toContain(ACCESS_KEY);
    expect(connections).toBe(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}, 120_000);
