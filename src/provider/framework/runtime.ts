import { randomUUID } from 'node:crypto';
import { Diagnostics } from './diagnostics';
import type { AttributePath, Diagnostic } from './diagnostics';
import { completeState, planChange, validateConfig } from './plan';
import { RESOURCE_GONE } from './resource';
import type {
  DataSourceDefinition,
  OperationContext,
  ProviderDefinition,
  ResourceDefinition,
} from './resource';
import { blockType, nullObject } from './schema';
import type { Schema } from './schema';
import { containsUnknown, isObjectValue } from './values';
import type { ObjectValue, Value, ValueType } from './values';
import { LOG_KEYS } from '../logging';
import type { LogFields, Logger } from '../logging';

/** The result of an operation: a value (when it succeeded) and its diagnostics. */
export interface Outcome<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** The plan of one resource instance change, as Terraform receives it. */
export interface PlanOutcome {
  readonly planned: ObjectValue | null;
  readonly requiresReplace: readonly AttributePath[];
}

/**
 * Runs a provider definition for the RPC adapters: looks up types, validates, plans and applies
 * following the framework's contracts, turns anything thrown by resource code into an error
 * diagnostic, and logs each call at trace level.
 */
export class ProviderRuntime<TClient> {
  private readonly resources = new Map<string, ResourceDefinition<TClient>>();
  private readonly dataSources = new Map<string, DataSourceDefinition<TClient>>();
  private readonly stopController = new AbortController();
  private readonly valueTypes = new Map<string, ValueType | undefined>();
  private client: TClient | undefined;

  public constructor(
    public readonly definition: ProviderDefinition<TClient>,
    private readonly log: Logger,
  ) {
    for (const resource of definition.resources) {
      this.resources.set(resource.typeName, resource);
    }
    for (const dataSource of definition.dataSources) {
      this.dataSources.set(dataSource.typeName, dataSource);
    }
  }

  /** The value type of the provider configuration. */
  public providerType(): ValueType {
    return this.cachedType('provider', () => blockType(this.definition.schema.block)) as ValueType;
  }

  /** The value type of a resource or data source object; undefined for an unknown type name. */
  public typeOf(kind: 'resource' | 'data source', typeName: string): ValueType | undefined {
    return this.cachedType(`${kind}:${typeName}`, () => {
      const schema = this.schemaOf(kind, typeName);
      return schema ? blockType(schema.block) : undefined;
    });
  }

  /** Schemas never change after start, so each value type is derived once and then shared. */
  private cachedType(key: string, derive: () => ValueType | undefined): ValueType | undefined {
    if (!this.valueTypes.has(key)) {
      this.valueTypes.set(key, derive());
    }
    return this.valueTypes.get(key);
  }

  /** Signals every operation that Terraform asked the provider to stop. */
  public stop(): void {
    this.log.info('Terraform asked the provider to stop');
    this.stopController.abort();
  }

  /** Checks the provider configuration. */
  public validateProviderConfig(config: ObjectValue | null): Outcome<void> {
    const diagnostics = new Diagnostics();
    const block = this.definition.schema.block;
    validateConfig(block, config, diagnostics);
    if (config) {
      this.guard(diagnostics, () => this.definition.validateConfig?.(config, diagnostics));
    }
    return { diagnostics: diagnostics.all };
  }

  /**
   * Lets the provider release its client before the process exits; gives up after `timeoutMs`
   * so Shutdown stays prompt. Failures are logged, never thrown.
   */
  public async close(timeoutMs = 1000): Promise<void> {
    const client = this.client;
    if (client === undefined || !this.definition.close) {
      return;
    }

    this.client = undefined;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((done) => {
      timer = setTimeout(done, timeoutMs);
    });
    try {
      await Promise.race([this.definition.close(client), deadline]);
    } catch (error) {
      this.log.warn('could not close the client cleanly', {
        [LOG_KEYS.errorMessage]: error instanceof Error ? error.message : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Builds the client from the provider configuration. */
  public async configure(
    config: ObjectValue | null,
    terraformVersion: string,
  ): Promise<Outcome<void>> {
    const diagnostics = new Diagnostics();
    const resolved = config ?? nullObject(this.definition.schema.block);
    const log = this.log.with({ [LOG_KEYS.terraformVersion]: terraformVersion });
    await this.guardAsync(diagnostics, async () => {
      this.client = await this.definition.configure(resolved, {
        log,
        diagnostics,
        terraformVersion,
      });
    });
    return { diagnostics: diagnostics.all };
  }

  /** Checks a resource's configuration. */
  public validateResourceConfig(typeName: string, config: ObjectValue | null): Outcome<void> {
    return this.validateTypeConfig('resource', typeName, config);
  }

  /** Checks a data source's configuration. */
  public validateDataSourceConfig(typeName: string, config: ObjectValue | null): Outcome<void> {
    return this.validateTypeConfig('data source', typeName, config);
  }

  /**
   * Brings stored state (Terraform's JSON form) to the current schema: the resource's upgrader
   * runs for older versions; attributes the schema no longer has are dropped.
   */
  public upgradeResourceState(
    typeName: string,
    version: number,
    rawState: Record<string, unknown>,
  ): Outcome<Record<string, unknown>> {
    const diagnostics = new Diagnostics();
    const resource = this.resourceOrError(typeName, diagnostics);
    if (!resource) {
      return { diagnostics: diagnostics.all };
    }

    const current = resource.schema.version ?? 0;
    let upgraded: Record<string, unknown> | undefined = rawState;
    if (version > current) {
      diagnostics.error(
        'State Written By A Newer Provider',
        `The stored state of this ${typeName} has schema version ${version}, newer than this ` +
          `provider's ${current}. Use the provider version that wrote the state, or newer.`,
      );
      return { diagnostics: diagnostics.all };
    }
    if (version < current) {
      if (!resource.upgradeState) {
        diagnostics.error(
          'Cannot Upgrade State',
          `The stored state of this ${typeName} has schema version ${version} and the provider ` +
            `knows no way to upgrade it to ${current}. This is a bug in the provider.`,
        );
        return { diagnostics: diagnostics.all };
      }
      upgraded = this.guard(diagnostics, () =>
        resource.upgradeState?.(version, rawState, diagnostics),
      );
    }
    return { value: upgraded, diagnostics: diagnostics.all };
  }

  /** Refreshes state from the remote object; a null value means the object is gone. */
  public async readResource(
    typeName: string,
    state: ObjectValue | null,
  ): Promise<Outcome<ObjectValue | null>> {
    const diagnostics = new Diagnostics();
    const resource = this.resourceOrError(typeName, diagnostics);
    if (!resource || state === null) {
      return { value: state, diagnostics: diagnostics.all };
    }

    const context = this.context('ReadResource', typeName, diagnostics);
    if (!context) {
      return { value: state, diagnostics: diagnostics.all };
    }
    const result = await this.guardAsync(diagnostics, () => resource.read(state, context));
    if (result === RESOURCE_GONE) {
      context.log.debug('remote object is gone; removing it from state');
      return { value: null, diagnostics: diagnostics.all };
    }
    if (diagnostics.hasErrors() || result === undefined) {
      return { value: state, diagnostics: diagnostics.all };
    }
    const complete = completeState(resource.schema.block, result, diagnostics);
    return { value: complete, diagnostics: diagnostics.all };
  }

  /** Plans a create, update or destroy. */
  public planResourceChange(
    typeName: string,
    prior: ObjectValue | null,
    proposed: ObjectValue | null,
    config: ObjectValue | null,
  ): Outcome<PlanOutcome> {
    const diagnostics = new Diagnostics();
    const resource = this.resourceOrError(typeName, diagnostics);
    if (!resource) {
      return { diagnostics: diagnostics.all };
    }

    const plan = this.guard(diagnostics, () =>
      planChange(resource.schema.block, prior, proposed, config),
    );
    if (!plan) {
      return { diagnostics: diagnostics.all };
    }
    if (plan.planned !== null && resource.checkPlan) {
      const planned = plan.planned;
      this.guard(diagnostics, () => resource.checkPlan?.(planned, diagnostics));
    }
    this.log.trace('planned resource change', {
      [LOG_KEYS.rpc]: 'PlanResourceChange',
      [LOG_KEYS.resourceType]: typeName,
    });
    return { value: plan, diagnostics: diagnostics.all };
  }

  /** Applies a planned create, update or destroy; returns the new state (null after destroy). */
  public async applyResourceChange(
    typeName: string,
    prior: ObjectValue | null,
    planned: ObjectValue | null,
    config: ObjectValue | null,
  ): Promise<Outcome<ObjectValue | null>> {
    const diagnostics = new Diagnostics();
    const resource = this.resourceOrError(typeName, diagnostics);
    if (!resource) {
      return { value: prior, diagnostics: diagnostics.all };
    }
    const context = this.context('ApplyResourceChange', typeName, diagnostics);
    if (!context) {
      return { value: prior, diagnostics: diagnostics.all };
    }

    if (planned === null) {
      if (prior !== null) {
        await this.guardAsync(diagnostics, () => resource.delete(prior, context));
      }
      return { value: diagnostics.hasErrors() ? prior : null, diagnostics: diagnostics.all };
    }

    const resolvedConfig = config ?? planned;
    const result = await this.guardAsync(diagnostics, () =>
      prior === null
        ? resource.create({ config: resolvedConfig, planned }, context)
        : resource.update({ config: resolvedConfig, planned, prior }, context),
    );
    if (result === undefined) {
      if (!diagnostics.hasErrors()) {
        diagnostics.error(
          'Provider Returned No State',
          `The ${typeName} operation finished without a new state. This is a bug in the provider.`,
        );
      }
      return { value: prior, diagnostics: diagnostics.all };
    }
    return {
      value: completeState(resource.schema.block, result, diagnostics),
      diagnostics: diagnostics.all,
    };
  }

  /** Turns an import id into the state Terraform then reads. */
  public async importResourceState(
    typeName: string,
    id: string,
  ): Promise<Outcome<ObjectValue | null>> {
    const diagnostics = new Diagnostics();
    const resource = this.resourceOrError(typeName, diagnostics);
    if (!resource) {
      return { diagnostics: diagnostics.all };
    }
    if (!resource.importState) {
      diagnostics.error(
        'Import Not Supported',
        `${typeName} cannot be imported. Create it with Terraform instead.`,
      );
      return { diagnostics: diagnostics.all };
    }
    const context = this.context('ImportResourceState', typeName, diagnostics);
    if (!context) {
      return { diagnostics: diagnostics.all };
    }

    const importer = resource.importState.bind(resource);
    const imported = await this.guardAsync(diagnostics, () => importer(id, context));
    if (!imported || diagnostics.hasErrors()) {
      return { diagnostics: diagnostics.all };
    }
    const state = { ...nullObject(resource.schema.block), ...imported };
    return {
      value: completeState(resource.schema.block, state, diagnostics),
      diagnostics: diagnostics.all,
    };
  }

  /** Reads a data source for its configuration. */
  public async readDataSource(
    typeName: string,
    config: ObjectValue | null,
  ): Promise<Outcome<ObjectValue | null>> {
    const diagnostics = new Diagnostics();
    const dataSource = this.dataSources.get(typeName);
    if (!dataSource || config === null) {
      diagnostics.error('Unknown Data Source', `This provider has no data source ${typeName}.`);
      return { diagnostics: diagnostics.all };
    }
    const context = this.context('ReadDataSource', typeName, diagnostics);
    if (!context) {
      return { diagnostics: diagnostics.all };
    }

    const result = await this.guardAsync(diagnostics, () => dataSource.read(config, context));
    if (!result || diagnostics.hasErrors()) {
      return { diagnostics: diagnostics.all };
    }
    const merged = { ...config, ...result };
    return {
      value: completeState(dataSource.schema.block, merged, diagnostics),
      diagnostics: diagnostics.all,
    };
  }

  private validateTypeConfig(
    kind: 'resource' | 'data source',
    typeName: string,
    config: ObjectValue | null,
  ): Outcome<void> {
    const diagnostics = new Diagnostics();
    const definition =
      kind === 'resource' ? this.resources.get(typeName) : this.dataSources.get(typeName);
    if (!definition) {
      diagnostics.error(
        `Unknown ${titleCase(kind)} Type`,
        `This provider has no ${kind} ${typeName}.`,
      );
      return { diagnostics: diagnostics.all };
    }

    validateConfig(definition.schema.block, config, diagnostics);
    if (config && definition.validateConfig) {
      this.guard(diagnostics, () => definition.validateConfig?.(config, diagnostics));
    }
    return { diagnostics: diagnostics.all };
  }

  private schemaOf(kind: 'resource' | 'data source', typeName: string): Schema | undefined {
    return kind === 'resource'
      ? this.resources.get(typeName)?.schema
      : this.dataSources.get(typeName)?.schema;
  }

  private resourceOrError(
    typeName: string,
    diagnostics: Diagnostics,
  ): ResourceDefinition<TClient> | undefined {
    const resource = this.resources.get(typeName);
    if (!resource) {
      const detail = `This provider has no resource type ${typeName}.`;
      diagnostics.error('Unknown Resource Type', detail);
    }
    return resource;
  }

  private context(
    rpc: string,
    typeName: string,
    diagnostics: Diagnostics,
  ): OperationContext<TClient> | undefined {
    if (this.client === undefined) {
      diagnostics.error(
        'Provider Not Configured',
        'Terraform called the provider before configuring it. This is a bug in the provider or ' +
          'in Terraform; please report it.',
      );
      return undefined;
    }
    if (!this.log.enabled('error')) {
      return {
        client: this.client,
        log: this.log,
        stopSignal: this.stopController.signal,
        diagnostics,
      };
    }

    const fields: LogFields = {
      [LOG_KEYS.rpc]: rpc,
      [LOG_KEYS.requestId]: randomUUID(),
      [this.resources.has(typeName) ? LOG_KEYS.resourceType : LOG_KEYS.dataSourceType]: typeName,
    };
    return {
      client: this.client,
      log: this.log.with(fields),
      stopSignal: this.stopController.signal,
      diagnostics,
    };
  }

  private guard<T>(diagnostics: Diagnostics, step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      this.reportThrown(diagnostics, error);
      return undefined;
    }
  }

  private async guardAsync<T>(
    diagnostics: Diagnostics,
    step: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      this.reportThrown(diagnostics, error);
      return undefined;
    }
  }

  private reportThrown(diagnostics: Diagnostics, error: unknown): void {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    this.log.error('provider operation failed', { [LOG_KEYS.errorCode]: code });
    diagnostics.error(
      'Unexpected Provider Error',
      `${message} (code ${code}). If this persists, please report it with the provider logs ` +
        '(TF_LOG_PROVIDER=debug).',
    );
  }
}

/** The stable code of an error, or `INTERNAL` for errors without one. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') {
      return code;
    }
  }
  return 'INTERNAL';
}

function titleCase(text: string): string {
  return text.replace(/\b\w/g, (letter) => letter.toUpperCase());
}

/** Whether a whole configuration value is known (no unknowns anywhere). */
export function isWhollyKnown(value: Value): boolean {
  return !containsUnknown(value);
}

/** Narrows a decoded value to an object, or null. */
export function asObjectOrNull(value: Value): ObjectValue | null {
  return isObjectValue(value) ? value : null;
}
