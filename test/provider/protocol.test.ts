/**
 * The bundled provider driven over its gRPC interface the way Terraform drives it: handshake with
 * mutual TLS, schema, validation, configuration, plan, apply, read, import, upgrade, stop and
 * shutdown, against the emulator.
 */
import { spawnSync } from 'node:child_process';
import { decode } from '@msgpack/msgpack';
import { connectToProvider, MAGIC_COOKIE } from './plugin-client';
import type { PluginConnection } from './plugin-client';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { PROVIDER_SCHEMA } from '../../src/provider/config';
import { blockType } from '../../src/provider/framework/schema';
import { UNKNOWN, isUnknown } from '../../src/provider/framework/values';
import type { ObjectValue, Value } from '../../src/provider/framework/values';
import type { WireMessage } from '../../src/provider/protocol/codec';
import { decodeMsgpack, encodeMsgpack } from '../../src/provider/protocol/dynamic-value';
import { ticketQueueResource } from '../../src/resources/ticket-queue';
import { ensureProviderBundle } from '../helpers/terraform';

const ACCESS_KEY = 'protocol-test-key-7f3a91';
const QUEUE = 'mojohelpdesk_ticket_queue';
const queueType = blockType(ticketQueueResource.schema.block);
const providerType = blockType(PROVIDER_SCHEMA.block);

function dynamic(value: Value, type = queueType): WireMessage {
  return { msgpack: encodeMsgpack(value, type) };
}

function stateOf(dynamicValue: unknown): Value {
  return decodeMsgpack((dynamicValue as { msgpack: Uint8Array }).msgpack, queueType);
}

function diagnosticsOf(response: WireMessage): WireMessage[] {
  return (response.diagnostics as WireMessage[] | undefined) ?? [];
}

function pathOf(diagnostic: WireMessage): string[] {
  const steps = ((diagnostic.attribute as WireMessage | undefined)?.steps ?? []) as WireMessage[];
  return steps.map((step) => String(step.attribute_name));
}

function queueConfig(overrides: ObjectValue = {}): ObjectValue {
  return {
    id: null,
    name: 'Support',
    email_alias: 'support',
    email_forward: null,
    email_ticket_form_id: null,
    ...overrides,
  };
}

function providerConfig(overrides: ObjectValue): ObjectValue {
  return {
    url: null,
    access_key: null,
    requests_per_second: null,
    max_retries: null,
    timeout_seconds: null,
    ...overrides,
  };
}

describe('provider over plugin protocol 6', () => {
  let emulator: RunningEmulator;
  let provider: PluginConnection;

  beforeAll(async () => {
    ensureProviderBundle();
    emulator = await startEmulator({ accessKey: ACCESS_KEY });
    provider = await connectToProvider({ TF_LOG_PROVIDER: 'trace' });
  });

  afterAll(async () => {
    provider?.close();
    await emulator?.close();
  });

  test('the handshake line is the only stdout output and carries the server certificate', () => {
    // GIVEN the provider started with a client certificate
    // THEN it announced protocol 6 on a unix socket with its own certificate
    expect(provider.handshakeLine).toMatch(/^1\|6\|unix\|\/.+\.sock\|grpc\|[A-Za-z0-9+/]+$/);
    expect(provider.stdout()).toBe(provider.handshakeLine + '\n');
  });

  test('GetProviderSchema describes the provider and the ticket queue', async () => {
    const response = await provider.call('GetProviderSchema', {});

    const providerBlock = (response.provider as WireMessage).block as WireMessage;
    const providerAttributes = providerBlock.attributes as WireMessage[];
    const accessKey = providerAttributes.find((attribute) => attribute.name === 'access_key');
    expect(accessKey).toMatchObject({ sensitive: true, optional: true });

    const queue = (response.resource_schemas as Record<string, WireMessage>)[QUEUE];
    const attributes = (queue.block as WireMessage).attributes as WireMessage[];
    const byName = Object.fromEntries(attributes.map((attribute) => [attribute.name, attribute]));
    expect(byName.id).toMatchObject({ computed: true });
    expect(byName.name).toMatchObject({ required: true });
    expect(JSON.parse(Buffer.from(byName.name.type as Uint8Array).toString())).toBe('string');
    expect(attributes.every((attribute) => String(attribute.description).length > 10)).toBe(true);
    expect(Object.keys(response.data_source_schemas as object)).toContain(QUEUE);
  });

  test('GetMetadata lists the resource and data source types', async () => {
    const response = await provider.call('GetMetadata', {});
    expect(response.resources).toContainEqual({ type_name: QUEUE });
    expect(response.data_sources).toContainEqual({ type_name: QUEUE });
  });

  test('ValidateProviderConfig refuses http to a remote host, at the url attribute', async () => {
    const response = await provider.call('ValidateProviderConfig', {
      config: dynamic(providerConfig({ url: 'http://helpdesk.example.com' }), providerType),
    });
    const [diagnostic] = diagnosticsOf(response);
    expect(diagnostic).toMatchObject({ severity: 1, summary: 'Insecure Service URL' });
    expect(pathOf(diagnostic)).toEqual(['url']);

    const loopback = await provider.call('ValidateProviderConfig', {
      config: dynamic(providerConfig({ url: 'http://127.0.0.2:8080' }), providerType),
    });
    expect(diagnosticsOf(loopback)).toEqual([]);
  });

  test('ConfigureProvider without an access key points at access_key', async () => {
    const response = await provider.call('ConfigureProvider', {
      terraform_version: '1.11.4',
      config: dynamic(providerConfig({ url: emulator.url }), providerType),
    });
    const [diagnostic] = diagnosticsOf(response);
    expect(diagnostic.summary).toBe('Missing Access Key');
    expect(pathOf(diagnostic)).toEqual(['access_key']);
  });

  test('ValidateResourceConfig reports an empty name at its path', async () => {
    const response = await provider.call('ValidateResourceConfig', {
      type_name: QUEUE,
      config: dynamic(queueConfig({ name: '' })),
    });
    const [diagnostic] = diagnosticsOf(response);
    expect(diagnostic.summary).toBe('Invalid Attribute Value');
    expect(pathOf(diagnostic)).toEqual(['name']);

    const unknownName = await provider.call('ValidateResourceConfig', {
      type_name: QUEUE,
      config: dynamic(queueConfig({ name: UNKNOWN })),
    });
    expect(diagnosticsOf(unknownName)).toEqual([]);
  });

  test('plan, apply, import and upgrade a queue; read it after deletion by hand', async () => {
    // GIVEN a configured provider
    const configured = await provider.call('ConfigureProvider', {
      terraform_version: '1.11.4',
      config: dynamic(providerConfig({ url: emulator.url, access_key: ACCESS_KEY }), providerType),
    });
    expect(diagnosticsOf(configured)).toEqual([]);

    // WHEN a new queue is planned THEN its id is unknown (msgpack extension 0)
    const config = queueConfig();
    const plan = await provider.call('PlanResourceChange', {
      type_name: QUEUE,
      prior_state: dynamic(null),
      proposed_new_state: dynamic(config),
      config: dynamic(config),
    });
    expect(diagnosticsOf(plan)).toEqual([]);
    const planned = stateOf(plan.planned_state) as ObjectValue;
    expect(isUnknown(planned.id)).toBe(true);
    const rawPlan = decode((plan.planned_state as { msgpack: Uint8Array }).msgpack) as Record<
      string,
      unknown
    >;
    expect(rawPlan.id).toMatchObject({ type: 0 });

    // WHEN it is applied THEN the emulator holds it and the state is complete
    const applied = await provider.call('ApplyResourceChange', {
      type_name: QUEUE,
      prior_state: dynamic(null),
      planned_state: plan.planned_state as WireMessage,
      config: dynamic(config),
    });
    expect(diagnosticsOf(applied)).toEqual([]);
    const state = stateOf(applied.new_state) as ObjectValue;
    expect(state).toMatchObject({ name: 'Support', email_alias: 'support', email_forward: null });
    expect(state.id).toMatch(/^\d+$/);

    // WHEN nothing changed THEN the plan equals the prior state
    const noChange = await provider.call('PlanResourceChange', {
      type_name: QUEUE,
      prior_state: dynamic(state),
      proposed_new_state: dynamic(state),
      config: dynamic(config),
    });
    expect(stateOf(noChange.planned_state)).toEqual(state);
    expect(noChange.requires_replace ?? []).toEqual([]);

    // WHEN imported by name THEN the import carries the id
    const imported = await provider.call('ImportResourceState', {
      type_name: QUEUE,
      id: 'Support',
    });
    const importedResources = imported.imported_resources as WireMessage[];
    expect(importedResources).toHaveLength(1);
    expect((stateOf(importedResources[0].state) as ObjectValue).id).toBe(state.id);

    // WHEN stored JSON state is upgraded THEN msgpack comes back
    const upgraded = await provider.call('UpgradeResourceState', {
      type_name: QUEUE,
      version: 0,
      raw_state: { json: Buffer.from(JSON.stringify({ ...state, dropped_attribute: 1 })) },
    });
    expect(stateOf(upgraded.upgraded_state)).toEqual(state);

    // WHEN the queue is deleted by hand THEN read signals it gone (null object)
    const response = await fetch(
      `${emulator.url}/api/v2/ticket_queues/${String(state.id)}?access_key=${ACCESS_KEY}`,
      { method: 'DELETE' },
    );
    expect(response.status).toBe(200);
    const read = await provider.call('ReadResource', {
      type_name: QUEUE,
      current_state: dynamic(state),
    });
    expect(diagnosticsOf(read)).toEqual([]);
    expect(Buffer.from((read.new_state as { msgpack: Uint8Array }).msgpack)).toEqual(
      Buffer.from([0xc0]),
    );
  });

  test('the provider log never holds the access key, and StopProvider answers', async () => {
    const stopped = await provider.call('StopProvider', {});
    expect(stopped.Error ?? '').toBe('');
    expect(provider.stderr()).toContain('"@module":"provider"');
    expect(provider.stderr()).not.toContain(ACCESS_KEY);
  });

  test('stdio and broker streams stay open, and Shutdown ends the process', async () => {
    expect(provider.streamsOpenAndIdle()).toBe(true);

    await provider.unary('/plugin.GRPCController/Shutdown', 'plugin.Empty', 'plugin.Empty', {});
    await expect(provider.exited).resolves.toBe(0);
  });
});

describe('provider started by hand', () => {
  test('explains itself on stderr and exits 1 without the magic cookie', () => {
    const result = spawnSync(ensureProviderBundle(), [], {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('not meant to be run by hand');
  });

  test('refuses a client offering only other protocol versions', () => {
    const result = spawnSync(ensureProviderBundle(), [], {
      env: {
        PATH: process.env.PATH,
        TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE,
        PLUGIN_PROTOCOL_VERSIONS: '5',
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('protocol');
  });
});
