import type { Diagnostics } from './diagnostics';
import type { Schema } from './schema';
import type { ObjectValue } from './values';
import type { Logger } from '../logging';

/** What every call into resource or data source code receives besides its request. */
export interface OperationContext<TClient> {
  /** The API client built by the provider's configure step. */
  readonly client: TClient;
  /** Logger carrying the RPC and resource type fields. */
  readonly log: Logger;
  /**
   * Aborted when Terraform asks the provider to stop (Ctrl-C): finish the current call, start no
   * new work.
   */
  readonly stopSignal: AbortSignal;
  /** Where the operation reports problems; an error diagnostic fails the operation. */
  readonly diagnostics: Diagnostics;
}

/** Returned by a resource's read when the remote object no longer exists. */
export const RESOURCE_GONE: unique symbol = Symbol('resource gone');

/** The "gone" signal: the framework removes the resource from state and plans to create it. */
export type ResourceGone = typeof RESOURCE_GONE;

/** Input to a resource's create. */
export interface CreateRequest {
  /** The configuration, write-only values included. */
  readonly config: ObjectValue;
  /** The planned state: configuration plus defaults, computed values unknown. */
  readonly planned: ObjectValue;
}

/** Input to a resource's update. */
export interface UpdateRequest extends CreateRequest {
  /** The state before the change. */
  readonly prior: ObjectValue;
}

/**
 * A managed resource type written against the framework: its schema and its lifecycle. Methods
 * report problems through `context.diagnostics` and return nothing useful when they add errors.
 */
export interface ResourceDefinition<TClient> {
  /** The Terraform type name, `mojohelpdesk_<thing>`. */
  readonly typeName: string;
  readonly schema: Schema;

  /** Cross-attribute checks beyond the per-attribute validators (values may be unknown). */
  validateConfig?(config: ObjectValue, diagnostics: Diagnostics): void;

  /**
   * Checks a planned create or update once references are resolved (values may still be
   * unknown). Terraform plans every resource of a run in the same provider process, so this is
   * where checks across resources of one configuration belong. Not called for destroys.
   */
  checkPlan?(planned: ObjectValue, diagnostics: Diagnostics): void;

  /** Creates the remote object; returns the complete new state. */
  create(
    request: CreateRequest,
    context: OperationContext<TClient>,
  ): Promise<ObjectValue | undefined>;

  /** Reads the remote object for the given state; `RESOURCE_GONE` when it no longer exists. */
  read(
    state: ObjectValue,
    context: OperationContext<TClient>,
  ): Promise<ObjectValue | ResourceGone | undefined>;

  /** Updates the remote object in place; returns the complete new state. */
  update(
    request: UpdateRequest,
    context: OperationContext<TClient>,
  ): Promise<ObjectValue | undefined>;

  /** Deletes the remote object; an object already gone counts as deleted. */
  delete(prior: ObjectValue, context: OperationContext<TClient>): Promise<void>;

  /**
   * Turns an import id into a state holding at least the attributes `read` needs; Terraform then
   * reads the full object. Without it, import is refused with a diagnostic.
   */
  importState?(id: string, context: OperationContext<TClient>): Promise<ObjectValue | undefined>;

  /**
   * Upgrades a stored state written by an older schema version into the current schema's shape.
   * Without it, only states of the current version are accepted.
   */
  upgradeState?(
    version: number,
    rawState: Record<string, unknown>,
    diagnostics: Diagnostics,
  ): Record<string, unknown> | undefined;
}

/** A data source type: a schema and a read. */
export interface DataSourceDefinition<TClient> {
  readonly typeName: string;
  readonly schema: Schema;

  /** Cross-attribute checks beyond the per-attribute validators (values may be unknown). */
  validateConfig?(config: ObjectValue, diagnostics: Diagnostics): void;

  /** Reads the data source for the configuration; returns the complete state. */
  read(config: ObjectValue, context: OperationContext<TClient>): Promise<ObjectValue | undefined>;
}

/** A provider: its configuration schema, how configuration becomes a client, and its types. */
export interface ProviderDefinition<TClient> {
  /** The provider type name used in resource type prefixes. */
  readonly typeName: string;
  readonly version: string;
  readonly schema: Schema;
  readonly resources: readonly ResourceDefinition<TClient>[];
  readonly dataSources: readonly DataSourceDefinition<TClient>[];

  /** Checks the provider configuration (values may be unknown at this stage). */
  validateConfig?(config: ObjectValue, diagnostics: Diagnostics): void;

  /**
   * Releases what the client holds (connections, files) before the process exits. Called once,
   * on Shutdown, when `configure` built a client.
   */
  close?(client: TClient): Promise<void>;

  /** Builds the client from the configuration; undefined after adding error diagnostics. */
  configure(
    config: ObjectValue,
    context: { readonly log: Logger; readonly diagnostics: Diagnostics; terraformVersion: string },
  ): Promise<TClient | undefined>;
}
