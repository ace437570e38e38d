import type { Asset, MojoClient } from '../client';
import { apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';

const LONG_TEXT = 65535;

/** Assets: hardware, software and contracts the helpdesk tracks. */
export const ASSET: ApiObjectType<Asset> = {
  typeName: 'mojohelpdesk_asset',
  noun: 'asset',
  description: 'An asset the helpdesk tracks: equipment, licences or contracts.',
  fields: {
    display_name: { kind: 'text', required: true, description: 'Name of the asset.' },
    asset_tag: { kind: 'text', description: 'Tag or inventory number on the asset.' },
    serial_number: { kind: 'text', description: "Manufacturer's serial number." },
    legacy_reference_number: {
      kind: 'text',
      description: 'Reference number of the asset in an earlier system.',
    },
    description: { kind: 'text', maxLength: LONG_TEXT, description: 'Description of the asset.' },
    asset_type_id: { kind: 'id', description: 'Id of the asset type.' },
    location_id: { kind: 'id', description: 'Id of the location where the asset is.' },
    department_id: { kind: 'id', description: 'Id of the department the asset belongs to.' },
    managed_by_id: { kind: 'id', description: 'Id of the user who manages the asset.' },
    used_by_id: { kind: 'id', description: 'Id of the user who uses the asset.' },
    asset_status_id: { kind: 'id', description: 'Id of the asset status.' },
    notes: { kind: 'text', maxLength: LONG_TEXT, description: 'Free notes about the asset.' },
    purchased_on: { kind: 'date', description: 'Purchase date, written YYYY-MM-DD.' },
    cost: { kind: 'number', description: 'Purchase cost, in the account currency.' },
    purchase_order_number: { kind: 'text', description: 'Number of the purchase order.' },
    vendor: { kind: 'text', description: 'Vendor or supplier.' },
    replaced_on: { kind: 'date', description: 'Replacement date, written YYYY-MM-DD.' },
    warranty_info: {
      kind: 'text',
      maxLength: LONG_TEXT,
      description: 'Warranty terms of the asset.',
    },
    end_of_contract_on: {
      kind: 'date',
      description: 'Last day of the contract covering the asset, written YYYY-MM-DD.',
    },
    contract_notes: {
      kind: 'text',
      maxLength: LONG_TEXT,
      description: 'Notes about the contract covering the asset.',
    },
    create_ticket_days_before: {
      kind: 'integer',
      description: 'Days before the end of the contract at which the service opens a ticket.',
    },
    birthday: {
      kind: 'date',
      description: 'Anniversary date of the asset (such as its commissioning), YYYY-MM-DD.',
    },
    visibility: {
      kind: 'choice',
      choices: ['staff_only', 'all_users', 'logged_in_users'],
      serverDefault: true,
      description:
        'Who may see the asset: staff_only, all_users or logged_in_users. The service decides ' +
        'when unset.',
    },
  },
  operations: (client: MojoClient) => client.assets,
};

/** `mojohelpdesk_asset`: an asset. Import takes the numeric id. */
export const assetResource = apiObjectResource(ASSET);
