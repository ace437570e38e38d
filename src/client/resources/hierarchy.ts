import { ListCache } from '../list-cache';
import { collectPages } from '../paging';
import { Transport } from '../transport';
import { CrudResource } from './crud';

/** A node of one of the asset hierarchies: asset types, departments and locations. */
export interface HierarchyNode {
  readonly id: number;
  readonly name: string;
  readonly description?: string | null;
  /** Id of the parent node; null at the top. */
  readonly parent_id?: number | null;
  readonly position?: number | null;
}

/** Body of a hierarchy node create; `name` is required, `parent_id` must exist. */
export interface HierarchyNodeCreateRequest {
  readonly name: string;
  readonly description?: string;
  readonly parent_id?: number;
  readonly position?: number;
}

/** Body of a hierarchy node update; only the fields present change. */
export type HierarchyNodeUpdateRequest = Partial<HierarchyNodeCreateRequest>;

/**
 * The shared shape of asset types, departments and locations: list, tree, get, create
 * (answers 200), update, delete (answers 200 with the deleted node). An unknown id answers
 * 404, raised as NOT_FOUND.
 */
export class HierarchyApi<T extends HierarchyNode = HierarchyNode> extends CrudResource<
  T,
  HierarchyNodeCreateRequest,
  HierarchyNodeUpdateRequest
> {
  /**
   * Builds the API for the collection at `path` (e.g. `/locations`), with the client's list
   * cache when it has one.
   */
  public constructor(transport: Transport, path: string, subject: string, cache?: ListCache) {
    super(transport, { path, subject, paged: true }, cache);
  }

  /** Every node, in tree order (each parent before its children). */
  public tree(): Promise<T[]> {
    return collectPages<T>(this.transport, { path: `${this.settings.path}/tree` });
  }
}

/** An asset type as the service returns it. */
export type AssetType = HierarchyNode;
/** Body of an asset type create. */
export type AssetTypeCreateRequest = HierarchyNodeCreateRequest;
/** Body of an asset type update. */
export type AssetTypeUpdateRequest = HierarchyNodeUpdateRequest;

/** A department as the service returns it. */
export type Department = HierarchyNode;
/** Body of a department create. */
export type DepartmentCreateRequest = HierarchyNodeCreateRequest;
/** Body of a department update. */
export type DepartmentUpdateRequest = HierarchyNodeUpdateRequest;

/** A location as the service returns it. */
export type Location = HierarchyNode;
/** Body of a location create. */
export type LocationCreateRequest = HierarchyNodeCreateRequest;
/** Body of a location update. */
export type LocationUpdateRequest = HierarchyNodeUpdateRequest;
