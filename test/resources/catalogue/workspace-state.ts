/** What the catalogue tests share: the provider block and the state read by address. */
import type { RunningEmulator } from '../../../src/emulator';
import { REQUIRED_PROVIDERS } from '../../helpers/terraform';
import type { TerraformWorkspace } from '../../helpers/terraform';

/** Attribute values of one resource or data source instance in the state file. */
export type Attributes = Record<string, unknown>;

/** The required_providers and provider blocks pointing at the emulator with `accessKey`. */
export function providerBlock(emulator: RunningEmulator, accessKey: string): string {
  return `${REQUIRED_PROVIDERS}
provider "mojohelpdesk" {
  url        = "${emulator.url}"
  access_key = "${accessKey}"
}
`;
}

/** The attributes of every managed resource or data source in the state, by `<type>.<name>`. */
export function attributesByAddress(
  workspace: TerraformWorkspace,
  mode: 'managed' | 'data',
): Map<string, Attributes> {
  const byAddress = new Map<string, Attributes>();
  for (const resource of workspace.state()?.resources ?? []) {
    if (resource.mode === mode) {
      byAddress.set(`${resource.type}.${resource.name}`, resource.instances[0].attributes);
    }
  }
  return byAddress;
}
