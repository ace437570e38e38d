import type { AttributePath, Diagnostic } from '../framework/diagnostics';
import type { ProviderRuntime } from '../framework/runtime';
import type { AttributeSchema, BlockSchema, NestingMode, Schema } from '../framework/schema';
import type { ObjectValue, Value, ValueType } from '../framework/values';
import type { WireMessage } from '../protocol/codec';
import { decodeObject, encodeMsgpack, fromJson } from '../protocol/dynamic-value';

/** One RPC adapter: a decoded request message in, a response message out. */
export type RpcAdapter = (request: WireMessage) => Promise<WireMessage> | WireMessage;

/** Wire form of a DynamicValue as decoded by the codec. */
type DynamicValueWire = { msgpack?: Uint8Array; json?: Uint8Array } | undefined;

const SEVERITY = { error: 1, warning: 2 } as const;

const NESTING: Record<NestingMode, number> = { single: 1, list: 2, set: 3, map: 4, group: 5 };

/** Wire form of a diagnostic. */
function diagnosticsToWire(diagnostics: readonly Diagnostic[]): WireMessage[] {
  return diagnostics.map((diagnostic) => ({
    severity: SEVERITY[diagnostic.severity],
    summary: diagnostic.summary,
    detail: diagnostic.detail,
    ...(diagnostic.path && diagnostic.path.length > 0
      ? { attribute: pathToWire(diagnostic.path) }
      : {}),
  }));
}

function pathToWire(path: AttributePath): WireMessage {
  return {
    steps: path.map((step) => {
      if (typeof step === 'string') return { attribute_name: step };
      if (typeof step === 'number') return { element_key_int: step };
      return { element_key_string: step.key };
    }),
  };
}

function attributeToWire(name: string, attribute: AttributeSchema): WireMessage {
  return {
    name,
    type: Buffer.from(JSON.stringify(attribute.type)),
    description: attribute.description,
    required: attribute.required ?? false,
    optional: attribute.optional ?? false,
    computed: attribute.computed ?? false,
    sensitive: attribute.sensitive ?? false,
    write_only: attribute.writeOnly ?? false,
    deprecated: attribute.deprecated ?? false,
  };
}

function blockToWire(block: BlockSchema, version: number): WireMessage {
  return {
    version,
    description: block.description ?? '',
    deprecated: block.deprecated ?? false,
    attributes: Object.entries(block.attributes).map(([name, attribute]) =>
      attributeToWire(name, attribute),
    ),
    block_types: Object.entries(block.blocks ?? {}).map(([name, nested]) => ({
      type_name: name,
      block: blockToWire(nested.block, 0),
      nesting: NESTING[nested.nesting],
      min_items: nested.minItems ?? 0,
      max_items: nested.maxItems ?? 0,
    })),
  };
}

/** Wire form of a schema. */
export function schemaToWire(schema: Schema): WireMessage {
  const version = schema.version ?? 0;
  return { version, block: blockToWire(schema.block, version) };
}

function dynamicValue(value: Value, type: ValueType): WireMessage {
  return { msgpack: encodeMsgpack(value, type) };
}

function unknownTypeResponse(kind: string, typeName: string): WireMessage[] {
  return diagnosticsToWire([
    {
      severity: 'error',
      summary: `Unknown ${kind} Type`,
      detail: `This provider has no ${kind.toLowerCase()} type ${typeName}.`,
    },
  ]);
}

function unsupported(what: string): WireMessage[] {
  return diagnosticsToWire([
    {
      severity: 'error',
      summary: 'Unsupported Operation',
      detail: `The mojohelpdesk provider does not support ${what}.`,
    },
  ]);
}

/**
 * The adapters for every tfplugin6.Provider RPC: each decodes its request with the schema types
 * the runtime knows, calls the runtime, and encodes the outcome. `onStop` runs after StopProvider.
 */
export function providerAdapters<TClient>(
  runtime: ProviderRuntime<TClient>,
): Record<string, RpcAdapter> {
  const definition = runtime.definition;
  const capabilities = {
    plan_destroy: false,
    get_provider_schema_optional: false,
    move_resource_state: true,
  };

  const resourceType = (typeName: unknown): ValueType | undefined =>
    runtime.typeOf('resource', String(typeName));

  const decode = (wire: unknown, type: ValueType): ObjectValue | null =>
    decodeObject(wire as DynamicValueWire, type);

  return {
    GetMetadata: () => ({
      server_capabilities: capabilities,
      resources: definition.resources.map((resource) => ({ type_name: resource.typeName })),
      data_sources: definition.dataSources.map((source) => ({ type_name: source.typeName })),
    }),

    GetProviderSchema: () => ({
      provider: schemaToWire(definition.schema),
      resource_schemas: Object.fromEntries(
        definition.resources.map((resource) => [resource.typeName, schemaToWire(resource.schema)]),
      ),
      data_source_schemas: Object.fromEntries(
        definition.dataSources.map((source) => [source.typeName, schemaToWire(source.schema)]),
      ),
      server_capabilities: capabilities,
    }),

    ValidateProviderConfig: (request) => {
      const config = decode(request.config, runtime.providerType());
      const outcome = runtime.validateProviderConfig(config);
      return { diagnostics: diagnosticsToWire(outcome.diagnostics) };
    },

    ConfigureProvider: async (request) => {
      const config = decode(request.config, runtime.providerType());
      const outcome = await runtime.configure(config, String(request.terraform_version ?? ''));
      return { diagnostics: diagnosticsToWire(outcome.diagnostics) };
    },

    ValidateResourceConfig: (request) => {
      const type = resourceType(request.type_name);
      if (!type) {
        return { diagnostics: unknownTypeResponse('Resource', String(request.type_name)) };
      }
      const outcome = runtime.validateResourceConfig(
        String(request.type_name),
        decode(request.config, type),
      );
      return { diagnostics: diagnosticsToWire(outcome.diagnostics) };
    },

    ValidateDataResourceConfig: (request) => {
      const type = runtime.typeOf('data source', String(request.type_name));
      if (!type) {
        return { diagnostics: unknownTypeResponse('Data Source', String(request.type_name)) };
      }
      const outcome = runtime.validateDataSourceConfig(
        String(request.type_name),
        decode(request.config, type),
      );
      return { diagnostics: diagnosticsToWire(outcome.diagnostics) };
    },

    UpgradeResourceState: (request) => {
      const typeName = String(request.type_name);
      const type = resourceType(typeName);
      if (!type) return { diagnostics: unknownTypeResponse('Resource', typeName) };
      const rawState = request.raw_state as { json?: Uint8Array } | undefined;
      if (!rawState?.json || rawState.json.length === 0) {
        return { diagnostics: unsupported('state stored in the legacy flatmap format') };
      }

      const parsed = JSON.parse(Buffer.from(rawState.json).toString('utf8')) as Record<
        string,
        unknown
      >;
      const outcome = runtime.upgradeResourceState(typeName, Number(request.version ?? 0), parsed);
      if (!outcome.value) {
        return { diagnostics: diagnosticsToWire(outcome.diagnostics) };
      }
      return {
        upgraded_state: dynamicValue(fromJson(outcome.value, type), type),
        diagnostics: diagnosticsToWire(outcome.diagnostics),
      };
    },

    ReadResource: async (request) => {
      const typeName = String(request.type_name);
      const type = resourceType(typeName);
      if (!type) return { diagnostics: unknownTypeResponse('Resource', typeName) };
      const outcome = await runtime.readResource(typeName, decode(request.current_state, type));
      return {
        new_state: dynamicValue(outcome.value ?? null, type),
        diagnostics: diagnosticsToWire(outcome.diagnostics),
        private: request.private,
      };
    },

    PlanResourceChange: (request) => {
      const typeName = String(request.type_name);
      const type = resourceType(typeName);
      if (!type) return { diagnostics: unknownTypeResponse('Resource', typeName) };
      const outcome = runtime.planResourceChange(
        typeName,
        decode(request.prior_state, type),
        decode(request.proposed_new_state, type),
        decode(request.config, type),
      );
      if (!outcome.value) {
        return { diagnostics: diagnosticsToWire(outcome.diagnostics) };
      }
      return {
        planned_state: dynamicValue(outcome.value.planned, type),
        requires_replace: outcome.value.requiresReplace.map(pathToWire),
        planned_private: request.prior_private,
        diagnostics: diagnosticsToWire(outcome.diagnostics),
      };
    },

    ApplyResourceChange: async (request) => {
      const typeName = String(request.type_name);
      const type = resourceType(typeName);
      if (!type) return { diagnostics: unknownTypeResponse('Resource', typeName) };
      const outcome = await runtime.applyResourceChange(
        typeName,
        decode(request.prior_state, type),
        decode(request.planned_state, type),
        decode(request.config, type),
      );
      return {
        new_state: dynamicValue(outcome.value ?? null, type),
        private: request.planned_private,
        diagnostics: diagnosticsToWire(outcome.diagnostics),
      };
    },

    ImportResourceState: async (request) => {
      const typeName = String(request.type_name);
      const type = resourceType(typeName);
      if (!type) return { diagnostics: unknownTypeResponse('Resource', typeName) };
      const outcome = await runtime.importResourceState(typeName, String(request.id ?? ''));
      return {
        imported_resources: outcome.value
          ? [{ type_name: typeName, state: dynamicValue(outcome.value, type) }]
          : [],
        diagnostics: diagnosticsToWire(outcome.diagnostics),
      };
    },

    MoveResourceState: (request) => {
      const source = String(request.source_type_name);
      const target = String(request.target_type_name);
      const type = resourceType(target);
      const sourceState = request.source_state as { json?: Uint8Array } | undefined;
      const sameProvider = String(request.source_provider_address).endsWith(
        `/${definition.typeName}`,
      );
      if (!type || source !== target || !sameProvider || !sourceState?.json) {
        return { diagnostics: unsupported(`moving ${source} state into ${target}`) };
      }
      const parsed = JSON.parse(Buffer.from(sourceState.json).toString('utf8')) as unknown;
      return {
        target_state: dynamicValue(fromJson(parsed, type), type),
        target_private: request.source_private,
      };
    },

    ReadDataSource: async (request) => {
      const typeName = String(request.type_name);
      const type = runtime.typeOf('data source', typeName);
      if (!type) return { diagnostics: unknownTypeResponse('Data Source', typeName) };
      const outcome = await runtime.readDataSource(typeName, decode(request.config, type));
      return {
        ...(outcome.value ? { state: dynamicValue(outcome.value, type) } : {}),
        diagnostics: diagnosticsToWire(outcome.diagnostics),
      };
    },

    StopProvider: () => {
      runtime.stop();
      return {};
    },

    ValidateEphemeralResourceConfig: () => ({ diagnostics: [] }),
    OpenEphemeralResource: () => ({ diagnostics: unsupported('ephemeral resources') }),
    RenewEphemeralResource: () => ({ diagnostics: unsupported('ephemeral resources') }),
    CloseEphemeralResource: () => ({ diagnostics: unsupported('ephemeral resources') }),
    GetFunctions: () => ({ functions: {}, diagnostics: [] }),
    CallFunction: () => ({ error: { text: 'The mojohelpdesk provider defines no functions.' } }),
  };
}
