/**
 * What every test of the people resources needs: an emulator on a free port, an unthrottled client
 * to seed and inspect it, and a Terraform workspace whose provider points at it.
 */
import { MojoClient } from '../../../src/client';
import { startEmulator } from '../../../src/emulator';
import type { RunningEmulator } from '../../../src/emulator';
import {
  REQUIRED_PROVIDERS,
  createTerraformWorkspace,
  type TerraformResult,
  type TerraformWorkspace,
} from '../../helpers/terraform';

const ACCESS_KEY = 'people-test-key';

/** A running emulator, a client of it and a Terraform workspace configured for it. */
export interface PeopleHarness {
  readonly emulator: RunningEmulator;
  readonly client: MojoClient;
  readonly workspace: TerraformWorkspace;
  /** Writes main.tf: the provider blocks followed by `resources`. */
  configure(resources: string): void;
  /** `terraform plan -detailed-exitcode`; 0 no changes, 2 changes, anything else fails. */
  plan(): Promise<TerraformResult>;
  /** Stops everything and removes the workspace. */
  close(): Promise<void>;
}

/** Starts the emulator, the client and the workspace, and runs `terraform init`. */
export async function startPeopleHarness(): Promise<PeopleHarness> {
  const emulator = await startEmulator({ accessKey: ACCESS_KEY, port: 0 });
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 8,
  });
  const workspace = createTerraformWorkspace({
    env: { MOJO_HELPDESK_URL: emulator.url, MOJO_HELPDESK_ACCESS_KEY: ACCESS_KEY },
  });

  const configure = (resources: string) =>
    workspace.writeConfig(
      `${REQUIRED_PROVIDERS}\nprovider "mojohelpdesk" {\n  requests_per_second = 1000\n}\n\n` +
        resources,
    );
  configure('');
  await workspace.runOk(['init', '-no-color']);

  return {
    emulator,
    client,
    workspace,
    configure,
    plan: async () => {
      const result = await workspace.run(['plan', '-no-color', '-detailed-exitcode']);
      if (result.code !== 0 && result.code !== 2) {
        throw new Error(`terraform plan failed\n${result.stdout}\n${result.stderr}`);
      }
      return result;
    },
    close: async () => {
      await client.close();
      await emulator.close();
      workspace.remove();
    },
  };
}

/** The attributes of one resource instance in the workspace's state, by address. */
export function stateOf(
  workspace: TerraformWorkspace,
  address: string,
): Record<string, unknown> | undefined {
  const [type, name] = address.split('.');
  const resource = workspace
    .state()
    ?.resources.find(
      (candidate) =>
        candidate.type === type && candidate.name === name && candidate.mode === 'managed',
    );
  return resource?.instances[0]?.attributes;
}

/** Every managed resource's attributes, keyed by address. */
export function allStates(workspace: TerraformWorkspace): Record<string, Record<string, unknown>> {
  const states: Record<string, Record<string, unknown>> = {};
  for (const resource of workspace.state()?.resources ?? []) {
    if (resource.mode === 'managed') {
      states[`${resource.type}.${resource.name}`] = resource.instances[0].attributes;
    }
  }
  return states;
}
