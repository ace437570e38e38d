/** What the catalogue tests share: the state read by address. */
import type { TerraformWorkspace } from '../../helpers/terraform';

/** Attribute values of one resource or data source instance in the state file. */
export type Attributes = Record<string, unknown>;

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
