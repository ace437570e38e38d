import { ListCache } from '../list-cache';
import { Transport } from '../transport';
import { CrudResource, DeleteOptions } from './crud';

/** An asset status as the service returns it. */
export interface AssetStatus {
  readonly id: number;
  readonly name: string;
  readonly position?: number | null;
  readonly account_id?: number;
}

/** Body of an asset status create. */
export interface AssetStatusCreateRequest {
  readonly name: string;
}

/** Body of an asset status update. */
export type AssetStatusUpdateRequest = Partial<AssetStatusCreateRequest>;

/** Options of an asset status delete. */
export interface AssetStatusDeleteOptions extends DeleteOptions {
  /** Status the assets with the deleted status move to. @default none (not sent) */
  readonly moveToStatusId?: number;
}

/**
 * Asset statuses (`/asset_statuses`): paged list, get, create (answers 200), update, delete
 * (answers 200 with the deleted status). An unknown id answers 404, raised as NOT_FOUND.
 */
export class AssetStatusesApi extends CrudResource<
  AssetStatus,
  AssetStatusCreateRequest,
  AssetStatusUpdateRequest
> {
  /** Builds the API on a transport, with the client's list cache when it has one. */
  public constructor(transport: Transport, cache?: ListCache) {
    const settings = { path: '/asset_statuses', subject: 'asset status', paged: true };
    super(transport, settings, cache);
  }

  /** Deletes the status, optionally moving its assets to another status first. */
  public override delete(id: number, options: AssetStatusDeleteOptions = {}): Promise<boolean> {
    return this.deleteMember(id, options, { move_to_status_id: options.moveToStatusId });
  }
}
