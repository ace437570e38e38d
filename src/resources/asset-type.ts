import { hierarchyResource } from './hierarchy-node';

/** `mojohelpdesk_asset_type`: a node of the asset type tree. Import takes the numeric id. */
export const assetTypeResource = hierarchyResource({
  typeName: 'mojohelpdesk_asset_type',
  noun: 'asset type',
  description: 'An asset type, such as Laptops, in the tree of asset types.',
  operations: (client) => client.assetTypes,
});
