import type { MojoClient, Tag } from '../client';
import { apiObjectLookup, apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';

/** Ticket tags: a label and a colour. Labels are unique, compared without regard to case. */
export const TAG: ApiObjectType<Tag> & { readonly key: 'label' } = {
  typeName: 'mojohelpdesk_tag',
  noun: 'tag',
  description: 'A ticket tag: a coloured label agents put on tickets.',
  key: 'label',
  fields: {
    label: { kind: 'text', required: true, description: 'Label of the tag, as agents see it.' },
    color: {
      kind: 'color',
      required: true,
      description: 'Colour of the tag, written #rrggbb in lower case, such as #ff0000.',
    },
  },
  operations: (client: MojoClient) => client.tags,
};

/** `mojohelpdesk_tag`: a ticket tag. Import takes the numeric id or the label. */
export const tagResource = apiObjectResource(TAG);

/** `mojohelpdesk_tag` data source: one existing tag, by id or by label. */
export const tagDataSource = apiObjectLookup(TAG);
