import { hierarchyResource } from './hierarchy-node';

/** `mojohelpdesk_department`: a node of the department tree. Import takes the numeric id. */
export const departmentResource = hierarchyResource({
  typeName: 'mojohelpdesk_department',
  noun: 'department',
  description: 'A department, in the tree of departments that assets belong to.',
  operations: (client) => client.departments,
});
