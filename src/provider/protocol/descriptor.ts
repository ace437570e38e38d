/**
 * Our description of the protobuf messages the provider exchanges with Terraform, in the JSON form
 * protobufjs reflection reads directly (no .proto text is parsed at start-up).
 *
 * Field names and numbers are facts of the wire format: Terraform's plugin protocol 6.8, the
 * go-plugin controller, stdio and broker services, and the standard gRPC health service. Only the
 * messages this provider reads or writes are described; unknown fields are skipped on decode.
 */

/** A field of a message in protobufjs JSON form. */
interface FieldJson {
  readonly type: string;
  readonly id: number;
  readonly rule?: 'repeated';
  readonly keyType?: string;
}

/** A message in protobufjs JSON form. */
interface MessageJson {
  readonly fields: Record<string, FieldJson>;
  readonly nested?: Record<string, MessageJson | EnumJson>;
  readonly oneofs?: Record<string, { oneof: string[] }>;
}

/** An enum in protobufjs JSON form. */
interface EnumJson {
  readonly values: Record<string, number>;
}

function field(type: string, id: number): FieldJson {
  return { type, id };
}

function repeated(type: string, id: number): FieldJson {
  return { type, id, rule: 'repeated' };
}

function mapOf(type: string, id: number): FieldJson {
  return { keyType: 'string', type, id };
}

function message(
  fields: Record<string, FieldJson>,
  nested?: Record<string, MessageJson | EnumJson>,
): MessageJson {
  return nested ? { fields, nested } : { fields };
}

/** A request/response pair named after an RPC, as the protocol nests them. */
function rpcPair(
  request: Record<string, FieldJson>,
  response: Record<string, FieldJson>,
  extra: Record<string, MessageJson> = {},
): MessageJson {
  return message({}, { Request: message(request), Response: message(response), ...extra });
}

const diagnostics = (id: number): FieldJson => repeated('Diagnostic', id);

const tfplugin6: Record<string, MessageJson | EnumJson> = {
  DynamicValue: message({ msgpack: field('bytes', 1), json: field('bytes', 2) }),
  Diagnostic: message(
    {
      severity: field('Severity', 1),
      summary: field('string', 2),
      detail: field('string', 3),
      attribute: field('AttributePath', 4),
    },
    { Severity: { values: { INVALID: 0, ERROR: 1, WARNING: 2 } } },
  ),
  AttributePath: message(
    { steps: repeated('Step', 1) },
    {
      Step: {
        fields: {
          attribute_name: field('string', 1),
          element_key_string: field('string', 2),
          element_key_int: field('int64', 3),
        },
        oneofs: {
          selector: { oneof: ['attribute_name', 'element_key_string', 'element_key_int'] },
        },
      },
    },
  ),
  RawState: message({ json: field('bytes', 1), flatmap: mapOf('string', 2) }),
  StringKind: { values: { PLAIN: 0, MARKDOWN: 1 } },
  Schema: message(
    { version: field('int64', 1), block: field('Block', 2) },
    {
      Block: message({
        version: field('int64', 1),
        attributes: repeated('Attribute', 2),
        block_types: repeated('NestedBlock', 3),
        description: field('string', 4),
        description_kind: field('StringKind', 5),
        deprecated: field('bool', 6),
      }),
      Attribute: message({
        name: field('string', 1),
        type: field('bytes', 2),
        description: field('string', 3),
        required: field('bool', 4),
        optional: field('bool', 5),
        computed: field('bool', 6),
        sensitive: field('bool', 7),
        description_kind: field('StringKind', 8),
        deprecated: field('bool', 9),
        write_only: field('bool', 11),
      }),
      NestedBlock: message(
        {
          type_name: field('string', 1),
          block: field('Block', 2),
          nesting: field('NestingMode', 3),
          min_items: field('int64', 4),
          max_items: field('int64', 5),
        },
        { NestingMode: { values: { INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4, GROUP: 5 } } },
      ),
    },
  ),
  ServerCapabilities: message({
    plan_destroy: field('bool', 1),
    get_provider_schema_optional: field('bool', 2),
    move_resource_state: field('bool', 3),
  }),
  ClientCapabilities: message({
    deferral_allowed: field('bool', 1),
    write_only_attributes_allowed: field('bool', 2),
  }),
  StopProvider: rpcPair({}, { Error: field('string', 1) }),
  GetMetadata: rpcPair(
    {},
    {
      server_capabilities: field('ServerCapabilities', 1),
      diagnostics: diagnostics(2),
      data_sources: repeated('TypeMetadata', 3),
      resources: repeated('TypeMetadata', 4),
    },
    { TypeMetadata: message({ type_name: field('string', 1) }) },
  ),
  GetProviderSchema: rpcPair(
    {},
    {
      provider: field('Schema', 1),
      resource_schemas: mapOf('Schema', 2),
      data_source_schemas: mapOf('Schema', 3),
      diagnostics: diagnostics(4),
      provider_meta: field('Schema', 5),
      server_capabilities: field('ServerCapabilities', 6),
    },
  ),
  ValidateProviderConfig: rpcPair(
    { config: field('DynamicValue', 1) },
    { diagnostics: diagnostics(2) },
  ),
  UpgradeResourceState: rpcPair(
    { type_name: field('string', 1), version: field('int64', 2), raw_state: field('RawState', 3) },
    { upgraded_state: field('DynamicValue', 1), diagnostics: diagnostics(2) },
  ),
  ValidateResourceConfig: rpcPair(
    { type_name: field('string', 1), config: field('DynamicValue', 2) },
    { diagnostics: diagnostics(1) },
  ),
  ValidateDataResourceConfig: rpcPair(
    { type_name: field('string', 1), config: field('DynamicValue', 2) },
    { diagnostics: diagnostics(1) },
  ),
  ValidateEphemeralResourceConfig: rpcPair(
    { type_name: field('string', 1), config: field('DynamicValue', 2) },
    { diagnostics: diagnostics(1) },
  ),
  ConfigureProvider: rpcPair(
    {
      terraform_version: field('string', 1),
      config: field('DynamicValue', 2),
      client_capabilities: field('ClientCapabilities', 3),
    },
    { diagnostics: diagnostics(1) },
  ),
  ReadResource: rpcPair(
    {
      type_name: field('string', 1),
      current_state: field('DynamicValue', 2),
      private: field('bytes', 3),
      provider_meta: field('DynamicValue', 4),
    },
    {
      new_state: field('DynamicValue', 1),
      diagnostics: diagnostics(2),
      private: field('bytes', 3),
    },
  ),
  PlanResourceChange: rpcPair(
    {
      type_name: field('string', 1),
      prior_state: field('DynamicValue', 2),
      proposed_new_state: field('DynamicValue', 3),
      config: field('DynamicValue', 4),
      prior_private: field('bytes', 5),
      provider_meta: field('DynamicValue', 6),
    },
    {
      planned_state: field('DynamicValue', 1),
      requires_replace: repeated('AttributePath', 2),
      planned_private: field('bytes', 3),
      diagnostics: diagnostics(4),
    },
  ),
  ApplyResourceChange: rpcPair(
    {
      type_name: field('string', 1),
      prior_state: field('DynamicValue', 2),
      planned_state: field('DynamicValue', 3),
      config: field('DynamicValue', 4),
      planned_private: field('bytes', 5),
      provider_meta: field('DynamicValue', 6),
    },
    {
      new_state: field('DynamicValue', 1),
      private: field('bytes', 2),
      diagnostics: diagnostics(3),
    },
  ),
  ImportResourceState: rpcPair(
    { type_name: field('string', 1), id: field('string', 2) },
    { imported_resources: repeated('ImportedResource', 1), diagnostics: diagnostics(2) },
    {
      ImportedResource: message({
        type_name: field('string', 1),
        state: field('DynamicValue', 2),
        private: field('bytes', 3),
      }),
    },
  ),
  MoveResourceState: rpcPair(
    {
      source_provider_address: field('string', 1),
      source_type_name: field('string', 2),
      source_schema_version: field('int64', 3),
      source_state: field('RawState', 4),
      target_type_name: field('string', 5),
      source_private: field('bytes', 6),
    },
    {
      target_state: field('DynamicValue', 1),
      diagnostics: diagnostics(2),
      target_private: field('bytes', 3),
    },
  ),
  ReadDataSource: rpcPair(
    {
      type_name: field('string', 1),
      config: field('DynamicValue', 2),
      provider_meta: field('DynamicValue', 3),
    },
    { state: field('DynamicValue', 1), diagnostics: diagnostics(2) },
  ),
  OpenEphemeralResource: rpcPair(
    { type_name: field('string', 1) },
    { diagnostics: diagnostics(1) },
  ),
  RenewEphemeralResource: rpcPair(
    { type_name: field('string', 1) },
    { diagnostics: diagnostics(1) },
  ),
  CloseEphemeralResource: rpcPair(
    { type_name: field('string', 1) },
    { diagnostics: diagnostics(1) },
  ),
  GetFunctions: rpcPair({}, { functions: mapOf('Empty', 1), diagnostics: diagnostics(2) }),
  CallFunction: rpcPair({ name: field('string', 1) }, { error: field('FunctionError', 2) }),
  FunctionError: message({ text: field('string', 1) }),
  Empty: message({}),
};

const goPlugin: Record<string, MessageJson | EnumJson> = {
  Empty: message({}),
  StdioData: message(
    { channel: field('Channel', 1), data: field('bytes', 2) },
    { Channel: { values: { INVALID: 0, STDOUT: 1, STDERR: 2 } } },
  ),
  ConnInfo: message(
    {
      service_id: field('uint32', 1),
      network: field('string', 2),
      address: field('string', 3),
      knock: field('Knock', 4),
    },
    {
      Knock: message({
        knock: field('bool', 1),
        ack: field('bool', 2),
        error: field('string', 3),
      }),
    },
  ),
};

const health: Record<string, MessageJson | EnumJson> = {
  HealthCheckRequest: message({ service: field('string', 1) }),
  HealthCheckResponse: message(
    { status: field('ServingStatus', 1) },
    { ServingStatus: { values: { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 } } },
  ),
};

/** The whole descriptor, rooted at the protobuf package names. */
export const PROTOCOL_DESCRIPTOR = {
  nested: {
    tfplugin6: { nested: tfplugin6 },
    plugin: { nested: goPlugin },
    google: { nested: { protobuf: { nested: { Empty: message({}) } } } },
    grpc: { nested: { health: { nested: { v1: { nested: health } } } } },
  },
};
