import { fieldsOf, matches, parseQuery, Searchable, SearchFieldType } from './asset-search';
import { findOrFail } from './crud';
import { unprocessable } from './errors';
import { Answer, HandlerContext, Route } from './http-types';
import { pageOf, readPage } from './paging';
import { RESOURCES } from './resources';
import { Kind, StoredObject, Store } from './store';

const SEARCH_FIELDS: Record<string, SearchFieldType> = {
  asset_tag: 'text',
  display_name: 'text',
  description: 'text',
  'asset_type.id': 'id',
  'asset_type.name': 'text',
  'location.id': 'id',
  'location.name': 'text',
  'department.id': 'id',
  'department.name': 'text',
  'managed_by.email': 'text',
  'managed_by.id': 'id',
  'managed_by.name': 'text',
  'used_by.email': 'text',
  'used_by.id': 'id',
  'used_by.name': 'text',
  created_on: 'date',
  updated_on: 'date',
  status: 'text',
  purchased_on: 'date',
  vendor: 'text',
  end_of_contract_on: 'date',
  replaced_on: 'date',
  serial_number: 'text',
  birthday: 'date',
};

/** Sort fields of the search and the searchable field each one orders by. */
const SORT_FIELDS: Record<string, string> = {
  name: 'display_name',
  tag: 'asset_tag',
  asset_type_name: 'asset_type.name',
  location_name: 'location.name',
  department_name: 'department.name',
  managed_by_name: 'managed_by.name',
  used_by_name: 'used_by.name',
  status_name: 'status',
  birthday_sort: 'birthday',
  serial_number: 'serial_number',
  created_on: 'created_on',
  updated_on: 'updated_on',
};

/** A user's full name as the API composes it. */
export function fullName(user: StoredObject): string {
  return [user.first_name, user.last_name].filter((part) => part).join(' ') || String(user.email);
}

class AssetDocument implements Searchable {
  readonly types = SEARCH_FIELDS;

  constructor(
    private readonly asset: StoredObject,
    private readonly store: Store,
  ) {}

  related(kind: Kind, field: string): StoredObject | undefined {
    const id = this.asset[field];
    return typeof id === 'number' ? this.store.get(kind, id) : undefined;
  }

  value(field: string): string | number | null {
    const [head, tail] = field.split('.');
    const relation: Record<string, [Kind, string]> = {
      asset_type: ['asset_types', 'asset_type_id'],
      location: ['locations', 'location_id'],
      department: ['departments', 'department_id'],
      managed_by: ['users', 'managed_by_id'],
      used_by: ['users', 'used_by_id'],
    };
    if (tail !== undefined) {
      const related = relation[head] ? this.related(...relation[head]) : undefined;
      if (!related) {
        return null;
      }
      if (tail === 'name') {
        return head.endsWith('_by') ? fullName(related) : (related.name as string);
      }
      return (related[tail] as string | number | undefined) ?? null;
    }
    switch (field) {
      case 'status':
        return (this.related('asset_statuses', 'asset_status_id')?.name as string) ?? null;
      case 'created_on':
        return this.asset.created_at as string;
      case 'updated_on':
        return this.asset.updated_at as string;
      default:
        return (this.asset[field] as string | number | undefined) ?? null;
    }
  }

  /** The asset as the search endpoint answers it, with its related objects embedded. */
  toSearchResult(): Record<string, unknown> {
    const a = this.asset;
    return {
      id: a.id,
      account_id: 1,
      description: a.description,
      asset_tag: a.asset_tag,
      display_name: a.display_name,
      asset_condition: null,
      serial_number: a.serial_number,
      checked_out: false,
      current_checkout: null,
      asset_type: this.related('asset_types', 'asset_type_id') ?? null,
      asset_status: this.related('asset_statuses', 'asset_status_id') ?? null,
      location: this.related('locations', 'location_id') ?? null,
      department: this.related('departments', 'department_id') ?? null,
    };
  }
}

function search(context: HandlerContext): Answer {
  const query = parseQuery(context.query.get('query') ?? '');
  const unknown = fieldsOf(query).filter((field) => !Object.hasOwn(SEARCH_FIELDS, field));
  if (unknown.length > 0) {
    throw unprocessable(`Invalid search query: unknown field ${unknown.join(', ')}`);
  }

  const sortField = context.query.get('sort_field') || 'name';
  const sortOrder = context.query.get('sort_order') || 'desc';
  if (!Object.hasOwn(SORT_FIELDS, sortField) || !['asc', 'desc'].includes(sortOrder)) {
    throw unprocessable('Invalid sort_field or sort_order');
  }
  const page = readPage(context.query, 'error', {
    defaultPerPage: 10,
    minPerPage: 10,
    maxPerPage: 100,
  });

  const documents = context.store
    .all('assets')
    .map((asset) => new AssetDocument(asset, context.store))
    .filter((document) => matches(query, document));
  const key = SORT_FIELDS[sortField];
  const direction = sortOrder === 'asc' ? 1 : -1;
  documents.sort((left, right) => {
    const a = left.value(key);
    const b = right.value(key);
    const order = compareNullable(a, b);
    return order === 0
      ? (left.value('id') as number) - (right.value('id') as number)
      : order * direction;
  });
  return {
    status: 200,
    json: pageOf(documents, page).map((document) => document.toSearchResult()),
  };
}

function compareNullable(a: string | number | null, b: string | number | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return -1;
  }
  if (b === null) {
    return 1;
  }
  const left = typeof a === 'string' ? a.toLowerCase() : a;
  const right = typeof b === 'string' ? b.toLowerCase() : b;
  return left < right ? -1 : left > right ? 1 : 0;
}

function showAsset(context: HandlerContext): Answer {
  const asset = findOrFail(context.store, RESOURCES.assets, context.params[0]);
  const person = (field: string) => {
    const id = asset[field];
    const user = typeof id === 'number' ? context.store.get('users', id) : undefined;
    return user ? { id: user.id, full_name: fullName(user), email: user.email } : null;
  };
  return {
    status: 200,
    json: {
      ...asset,
      managed_by: person('managed_by_id'),
      used_by: person('used_by_id'),
      accessible: true,
      files: [],
    },
  };
}

/** Objects of a tree collection in tree order, names indented two spaces per level. */
function treeListing(kind: Kind) {
  return (context: HandlerContext): Answer => {
    const objects = context.store.all(kind);
    const children = new Map<number | null, StoredObject[]>();
    for (const object of objects) {
      const parent = (object.parent_id as number | null) ?? null;
      children.set(parent, [...(children.get(parent) ?? []), object]);
    }
    const ordered: StoredObject[] = [];
    const visit = (parent: number | null, depth: number) => {
      const siblings = [...(children.get(parent) ?? [])].sort(
        (a, b) => (a.position as number) - (b.position as number) || a.id - b.id,
      );
      for (const object of siblings) {
        ordered.push({ ...object, name: `${'  '.repeat(depth)}${object.name as string}` });
        visit(object.id, depth + 1);
      }
    };
    visit(null, 0);
    return { status: 200, json: ordered };
  };
}

/** Routes the asset collections add to the generic ones: show with users, search, trees. */
export function assetRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/assets/search', shape: 'error', handler: search },
    { method: 'GET', pattern: '/assets/:id', shape: 'error-list', handler: showAsset },
    ...(['asset_types', 'departments', 'locations'] as const).map((kind): Route => ({
      method: 'GET',
      pattern: `/${kind}/tree`,
      shape: 'error-list',
      handler: treeListing(kind),
    })),
  ];
}
