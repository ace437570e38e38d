import { paginate, collectPages } from '../paging';
import { Transport } from '../transport';
import { CrudResource } from './crud';

/** Who may see an asset. */
export type AssetVisibility = 'staff_only' | 'all_users' | 'logged_in_users';

/** A file attached to an asset. */
export interface AssetFile {
  readonly id: number;
  readonly filename: string;
  readonly content_type?: string | null;
  readonly byte_size: number;
  /** Date and time, ISO 8601. */
  readonly created_at?: string;
  readonly url: string;
}

/** Fields of an asset that can be written. Dates are `YYYY-MM-DD`. */
export interface AssetWritableFields {
  readonly asset_tag?: string;
  readonly serial_number?: string;
  readonly legacy_reference_number?: string;
  readonly display_name?: string;
  readonly description?: string;
  readonly asset_type_id?: number;
  readonly location_id?: number;
  readonly department_id?: number;
  readonly managed_by_id?: number;
  readonly used_by_id?: number;
  readonly asset_status_id?: number;
  readonly notes?: string;
  readonly purchased_on?: string;
  readonly cost?: number;
  readonly purchase_order_number?: string;
  readonly vendor?: string;
  readonly replaced_on?: string;
  readonly warranty_info?: string;
  readonly end_of_contract_on?: string;
  readonly contract_notes?: string;
  readonly create_ticket_days_before?: number;
  readonly birthday?: string;
  readonly visibility?: AssetVisibility;
}

/** An asset as the service returns it; unset fields are null. */
export type Asset = {
  readonly id: number;
  readonly display_name: string;
  readonly managed_by?: Readonly<Record<string, unknown>> | null;
  readonly used_by?: Readonly<Record<string, unknown>> | null;
  readonly accessible?: boolean | null;
  readonly files?: readonly AssetFile[];
} & {
  readonly [Field in Exclude<keyof AssetWritableFields, 'display_name'>]?:
    AssetWritableFields[Field] | null;
};

/** Body of an asset create; `display_name` is required. */
export interface AssetCreateRequest extends AssetWritableFields {
  readonly display_name: string;
}

/** Body of an asset update; only the fields present change. */
export type AssetUpdateRequest = AssetWritableFields;

/** Fields the asset search can sort by. */
export type AssetSortField =
  | 'name'
  | 'tag'
  | 'asset_type_name'
  | 'location_name'
  | 'department_name'
  | 'managed_by_name'
  | 'used_by_name'
  | 'status_name'
  | 'birthday_sort'
  | 'serial_number'
  | 'created_on'
  | 'updated_on';

/** An asset search. */
export interface AssetSearch {
  /** Query in the service's search syntax, e.g. `location.id:123` or `display_name:*laptop*`. */
  readonly query?: string;
  /** @default 'name' (the service's default) */
  readonly sortField?: AssetSortField;
  /** @default 'desc' (the service's default) */
  readonly sortOrder?: 'asc' | 'desc';
}

/** One asset search hit: a summary with the related objects embedded. */
export interface AssetSearchResult {
  readonly id: number;
  readonly display_name?: string | null;
  readonly asset_tag?: string | null;
  readonly serial_number?: string | null;
  readonly description?: string | null;
  readonly checked_out?: boolean;
  readonly asset_type?: Readonly<Record<string, unknown>> | null;
  readonly asset_status?: Readonly<Record<string, unknown>> | null;
  readonly location?: Readonly<Record<string, unknown>> | null;
  readonly department?: Readonly<Record<string, unknown>> | null;
}

/**
 * Assets (`/assets`): list, search, get, create (answers 200), update, delete (answers 200
 * with the deleted asset). An unknown id answers 404, raised as NOT_FOUND.
 */
export class AssetsApi extends CrudResource<Asset, AssetCreateRequest, AssetUpdateRequest> {
  /** Builds the API on a transport. */
  public constructor(transport: Transport) {
    super(transport, { path: '/assets', subject: 'asset', paged: true });
  }

  /** Every asset matching the search, all pages read. */
  public search(search: AssetSearch = {}): Promise<AssetSearchResult[]> {
    return collectPages<AssetSearchResult>(this.transport, this.searchListing(search));
  }

  /** Every asset matching the search, one at a time. */
  public iterateSearch(search: AssetSearch = {}): AsyncGenerator<AssetSearchResult> {
    return paginate<AssetSearchResult>(this.transport, this.searchListing(search));
  }

  private searchListing(search: AssetSearch) {
    return {
      path: '/assets/search',
      query: {
        query: search.query,
        sort_field: search.sortField,
        sort_order: search.sortOrder,
      },
    };
  }
}
