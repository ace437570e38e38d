import { ApiError, badRequest, invalidId, recordNotFound } from './errors';
import { validateFields } from './fields';
import { Answer, HandlerContext, Route } from './http-types';
import { pageOf, readPage, readPathId } from './paging';
import { ResourceSpec } from './resources';
import { Kind, StoredObject, Store } from './store';

const TAG_COLOR = /^#[0-9a-fA-F]{6}$/;

/** The documented answer for an id that names no object of the collection. */
export function unknownIdError(spec: ResourceSpec): ApiError {
  return spec.unknownId === 'invalid-id'
    ? invalidId(spec.errorShape, spec.invalidIdMessage)
    : recordNotFound();
}

/** The stored object a path id names, or the collection's unknown-id answer. */
export function findOrFail(store: Store, spec: ResourceSpec, rawId: string): StoredObject {
  const id = readPathId(rawId);
  const found = id === undefined ? undefined : store.get(spec.kind, id);
  if (!found) {
    throw unknownIdError(spec);
  }
  return found;
}

/** Rejects body fields the collection does not know, in the collection's error shape. */
export function rejectUnknownFields(spec: ResourceSpec, body: Record<string, unknown>): void {
  const unknown = Object.keys(body).filter((field) => !Object.hasOwn(spec.fields, field));
  if (unknown.length > 0) {
    throw badRequest(
      spec.errorShape,
      unknown.map((field) => `Unknown attribute: ${field}`),
    );
  }
}

/** Serialises a list of stored JSON texts as one JSON array without parsing them. */
export function jsonArray(texts: readonly string[]): string {
  return `[${texts.join(',')}]`;
}

function list(spec: ResourceSpec) {
  return (context: HandlerContext): Answer => {
    if (spec.kind === 'tags') {
      return { status: 200, json: sortedTags(context) };
    }
    if (spec.kind === 'ticket_forms') {
      const page = readPage(context.query, spec.errorShape);
      const forms = pageOf(context.store.all('ticket_forms'), page);
      return { status: 200, json: forms.map(formSummary) };
    }
    const page = readPage(context.query, spec.errorShape);
    return {
      status: 200,
      text: jsonArray(context.store.pageText(spec.kind, page.offset, page.limit)),
    };
  };
}

/** The fields of a ticket form shown in the list; the show endpoint adds the field details. */
function formSummary(form: StoredObject): Record<string, unknown> {
  const summary: Record<string, unknown> = { ...form };
  delete summary.field_attributes;
  delete summary.form_field_rules;
  delete summary.available_rule_conditions;
  return summary;
}

function sortedTags(context: HandlerContext): StoredObject[] {
  const sortBy = context.query.get('sort_by') || 'id';
  const sortOrder = context.query.get('sort_order') || 'asc';
  if (!['id', 'label', 'color'].includes(sortBy)) {
    throw badRequest('error', ['Invalid sort_by parameter']);
  }
  if (!['asc', 'desc'].includes(sortOrder)) {
    throw badRequest('error', ['Invalid sort_order parameter']);
  }
  const tags = context.store.all('tags');
  const direction = sortOrder === 'asc' ? 1 : -1;
  tags.sort((left, right) => {
    const a = left[sortBy] as string | number;
    const b = right[sortBy] as string | number;
    const order = a < b ? -1 : a > b ? 1 : left.id - right.id;
    return order * direction;
  });
  return tags;
}

function show(spec: ResourceSpec) {
  return (context: HandlerContext): Answer => {
    const id = readPathId(context.params[0]);
    const text = id === undefined ? undefined : context.store.getText(spec.kind, id);
    if (text === undefined) {
      throw unknownIdError(spec);
    }
    return { status: 200, text };
  };
}

function create(spec: ResourceSpec) {
  return (context: HandlerContext): Answer => {
    rejectUnknownFields(spec, context.body);
    const cleaned = validateFields(spec.fields, context.body, {
      shape: spec.errorShape,
      required: spec.required,
      creating: true,
      store: context.store,
    });
    const candidate: Record<string, unknown> = { ...spec.defaults, ...cleaned };
    checkRules(spec, context.store, candidate, undefined);

    if (spec.timestamps) {
      const now = context.now();
      candidate[spec.timestamps[0]] = now;
      candidate[spec.timestamps[1]] = now;
    }
    const created = context.store.insert(spec.kind, candidate);
    return { status: spec.createStatus, json: created };
  };
}

function update(spec: ResourceSpec) {
  return (context: HandlerContext): Answer => {
    const existing = findOrFail(context.store, spec, context.params[0]);
    rejectUnknownFields(spec, context.body);
    const cleaned = validateFields(spec.fields, context.body, {
      shape: spec.errorShape,
      required: spec.required,
      creating: false,
      store: context.store,
    });
    const updated: StoredObject = { ...existing, ...cleaned };
    checkRules(spec, context.store, updated, existing);

    if (spec.timestamps) {
      updated[spec.timestamps[1]] = context.now();
    }
    context.store.replace(spec.kind, updated);
    return { status: 200, json: updated };
  };
}

function remove(spec: ResourceSpec) {
  return (context: HandlerContext): Answer => {
    const existing = findOrFail(context.store, spec, context.params[0]);
    if (spec.tree && context.store.all(spec.kind).some((o) => o.parent_id === existing.id)) {
      throw badRequest(spec.errorShape, ['Cannot delete record because of dependent children']);
    }
    forgetReferences(context, spec.kind, existing.id);
    context.store.remove(spec.kind, existing.id);
    return spec.deleteAnswer === 'empty' ? { status: 200 } : { status: 200, json: existing };
  };
}

/** Rules beyond field types: tag colours and labels, tree parents. */
function checkRules(
  spec: ResourceSpec,
  store: Store,
  candidate: Record<string, unknown>,
  existing: StoredObject | undefined,
): void {
  if (spec.kind === 'tags') {
    if (!TAG_COLOR.test(String(candidate.color))) {
      throw badRequest(spec.errorShape, ['Color is invalid']);
    }
    const label = String(candidate.label).toLowerCase();
    const clash = store
      .all('tags')
      .some((tag) => tag.id !== existing?.id && String(tag.label).toLowerCase() === label);
    if (clash) {
      throw badRequest(spec.errorShape, ['Label has already been taken']);
    }
  }
  if (spec.tree && existing && candidate.parent_id !== null) {
    let ancestor = candidate.parent_id as number | null;
    const seen = new Set<number>();
    while (ancestor !== null && !seen.has(ancestor)) {
      if (ancestor === existing.id) {
        throw badRequest(spec.errorShape, ['Parent cannot be the record itself or a descendant']);
      }
      seen.add(ancestor);
      ancestor = (store.get(spec.kind, ancestor)?.parent_id as number | null) ?? null;
    }
  }
}

/**
 * Clears what pointed at an object about to be deleted, as the service's foreign keys do:
 * asset fields, group contacts, a user's company, access rights, team membership.
 */
export function forgetReferences(context: HandlerContext, kind: Kind, id: number): void {
  const { store } = context;
  const clear = (target: Kind, fields: string[], replacement: number | null = null) => {
    for (const object of store.all(target)) {
      const touched = fields.filter((field) => object[field] === id);
      if (touched.length > 0) {
        for (const field of touched) {
          object[field] = replacement;
        }
        store.replace(target, object);
      }
    }
  };

  switch (kind) {
    case 'asset_statuses': {
      const moveTo = Number(context.query.get('move_to_status_id'));
      const valid = moveTo !== id && store.has('asset_statuses', moveTo);
      clear('assets', ['asset_status_id'], valid ? moveTo : null);
      break;
    }
    case 'asset_types':
      clear('assets', ['asset_type_id']);
      break;
    case 'locations':
      clear('assets', ['location_id']);
      break;
    case 'departments':
      clear('assets', ['department_id']);
      break;
    case 'ticket_queues':
      store.forgetAccessOf('ticket_queues', id);
      break;
    case 'groups':
      clear('users', ['company_id']);
      store.forgetAccessOf('groups', id);
      break;
    case 'users':
      clear('groups', ['primary_contact_id', 'billing_contact_id']);
      clear('assets', ['managed_by_id', 'used_by_id']);
      for (const team of store.all('teams')) {
        const agents = team.agent_ids as number[];
        if (agents.includes(id)) {
          store.replace('teams', { ...team, agent_ids: agents.filter((agent) => agent !== id) });
        }
      }
      store.forgetAccessOf('users', id);
      break;
    default:
      break;
  }
}

/** The list, show, create, update and delete routes of a generic collection. */
export function crudRoutes(spec: ResourceSpec): Route[] {
  const base = `/${spec.kind}`;
  const shape = spec.errorShape;
  const routes: Route[] = [
    { method: 'GET', pattern: base, shape, handler: list(spec) },
    { method: 'GET', pattern: `${base}/:id`, shape, handler: show(spec) },
  ];
  if (!spec.readOnly) {
    routes.push(
      { method: 'POST', pattern: base, shape, handler: create(spec) },
      { method: 'PUT', pattern: `${base}/:id`, shape, handler: update(spec) },
      { method: 'DELETE', pattern: `${base}/:id`, shape, handler: remove(spec) },
    );
  }
  return routes;
}
