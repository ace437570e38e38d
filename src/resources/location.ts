import { hierarchyResource } from './hierarchy-node';

/** `mojohelpdesk_location`: a node of the location tree. Import takes the numeric id. */
export const locationResource = hierarchyResource({
  typeName: 'mojohelpdesk_location',
  noun: 'location',
  description: 'A location, such as a building or a floor, in the tree of asset locations.',
  operations: (client) => client.locations,
});
