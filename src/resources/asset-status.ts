import type { AssetStatus, MojoClient } from '../client';
import { apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';

/** Asset statuses (active, retired, ...), known by their unique name. */
export const ASSET_STATUS: ApiObjectType<AssetStatus> & { readonly key: 'name' } = {
  typeName: 'mojohelpdesk_asset_status',
  noun: 'asset status',
  description: 'An asset status, such as Active or Retired, that says where an asset stands.',
  key: 'name',
  fields: {
    name: { kind: 'text', required: true, description: 'Name of the asset status.' },
  },
  operations: (client: MojoClient) => client.assetStatuses,
};

/**
 * `mojohelpdesk_asset_status`: an asset status. Import takes the numeric id or the name. Deleting
 * a status that assets still carry leaves those assets to the service's own handling.
 */
export const assetStatusResource = apiObjectResource(ASSET_STATUS);
