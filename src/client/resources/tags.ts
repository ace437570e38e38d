import { isNotFound } from '../errors';
import { ListCache } from '../list-cache';
import { fetchList } from '../paging';
import { Transport } from '../transport';
import { CrudResource, idSegment } from './crud';

/** A ticket tag as the service returns it. */
export interface Tag {
  readonly id: number;
  readonly label: string;
  /** A CSS hex color such as `#777777`. */
  readonly color: string;
}

/** Body of a tag create; both fields are required. */
export interface TagCreateRequest {
  readonly label: string;
  readonly color: string;
}

/** Body of a tag update. */
export type TagUpdateRequest = Partial<TagCreateRequest>;

/** Ordering of the tag list. */
export interface TagListOptions {
  /** Field to sort by. @default 'id' (the service's default) */
  readonly sortBy?: string;
  /** Sort direction. @default 'asc' (the service's default) */
  readonly sortOrder?: 'asc' | 'desc';
}

/**
 * Ticket tags (`/tags`): the whole list in one answer (not paged), get, create (201),
 * update, delete (200, empty body), and merge. An unknown id answers 400 "Invalid tag id",
 * raised as NOT_FOUND. A create whose answer was lost is recovered by its label.
 */
export class TagsApi extends CrudResource<Tag, TagCreateRequest, TagUpdateRequest> {
  /** Builds the API on a transport, with the client's list cache when it has one. */
  public constructor(transport: Transport, cache?: ListCache) {
    super(transport, { path: '/tags', subject: 'tag', paged: false }, cache);
  }

  /** Every tag, in the requested order. */
  public override list(options: TagListOptions = {}): Promise<Tag[]> {
    return fetchList<Tag>(this.transport, '/tags', {
      sort_by: options.sortBy,
      sort_order: options.sortOrder,
    });
  }

  /**
   * Merges tag `id` into tag `withTagId`: tickets tagged `id` get `withTagId` and tag `id` is
   * removed. When an attempt's outcome is unknown, the merge counts as done if tag `id` is gone.
   */
  public async merge(id: number, withTagId: number): Promise<void> {
    await this.transport.request<unknown>({
      method: 'POST',
      path: `/tags/${idSegment(id)}/merge`,
      body: { with_tag_id: withTagId },
      notFoundSubjects: ['tag'],
      recover: async () => {
        try {
          await this.get(id);
          return undefined;
        } catch (error) {
          if (isNotFound(error)) {
            return null;
          }
          throw error;
        }
      },
    });
    this.deleted(id);
  }

  /** The tag with the submitted label (compared without regard to case), if there is one. */
  protected override async findCreated(body: TagCreateRequest): Promise<Tag | undefined> {
    const wanted = body.label.trim().toLowerCase();
    const tags = await this.list();

    return tags.find((tag) => tag.label.trim().toLowerCase() === wanted);
  }
}
