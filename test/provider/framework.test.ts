/**
 * The framework's contracts without a process around them: values on the wire, planning,
 * validation, the self-signed certificate and the log format.
 */
import { X509Certificate } from 'node:crypto';
import { encode, ExtData } from '@msgpack/msgpack';
import { Diagnostics } from '../../src/provider/framework/diagnostics';
import {
  requiresReplace,
  stringLengthBetween,
  useStateForUnknown,
} from '../../src/provider/framework/modifiers';
import { completeState, planChange, validateConfig } from '../../src/provider/framework/plan';
import type { BlockSchema } from '../../src/provider/framework/schema';
import { blockType } from '../../src/provider/framework/schema';
import { UNKNOWN, isUnknown } from '../../src/provider/framework/values';
import type { ObjectValue } from '../../src/provider/framework/values';
import { levelFromEnvironment, Logger } from '../../src/provider/logging';
import { decodeMsgpack, encodeMsgpack, fromJson } from '../../src/provider/protocol/dynamic-value';
import { createSelfSignedCertificate } from '../../src/provider/server/certificate';

const block: BlockSchema = {
  attributes: {
    id: {
      type: 'string',
      computed: true,
      description: 'id',
      planModifiers: [useStateForUnknown()],
    },
    name: {
      type: 'string',
      required: true,
      description: 'name',
      validators: [stringLengthBetween(1, 5)],
    },
    region: {
      type: 'string',
      required: true,
      description: 'region',
      planModifiers: [requiresReplace()],
    },
    colour: { type: 'string', optional: true, computed: true, default: 'blue', description: 'c' },
    secret: { type: 'string', optional: true, writeOnly: true, description: 'secret' },
    tags: { type: ['set', 'string'], optional: true, description: 'tags' },
  },
  blocks: {
    rule: {
      nesting: 'list',
      block: { attributes: { limit: { type: 'number', required: true, description: 'l' } } },
    },
  },
};
const type = blockType(block);

function config(overrides: ObjectValue = {}): ObjectValue {
  return {
    id: null,
    name: 'a',
    region: 'eu',
    colour: null,
    secret: 's3',
    tags: null,
    rule: [],
    ...overrides,
  };
}

describe('values on the wire', () => {
  test('round-trip keeps nulls, numbers, sets, nested blocks and unknowns', () => {
    const value: ObjectValue = {
      ...config({ tags: ['x', 'y'], rule: [{ limit: 2.5 }] }),
      id: UNKNOWN,
    };
    const decoded = decodeMsgpack(encodeMsgpack(value, type), type) as ObjectValue;
    expect(decoded).toEqual(value);
    expect(isUnknown(decoded.id)).toBe(true);
  });

  test('any extension type decodes as unknown, nil as a null object', () => {
    const refined = encode({ ...config(), id: new ExtData(12, new Uint8Array([1, 2])) });
    expect(isUnknown((decodeMsgpack(refined, type) as ObjectValue).id)).toBe(true);
    expect(decodeMsgpack(Uint8Array.from([0xc0]), type)).toBeNull();
    expect(encodeMsgpack(null, type)).toEqual(Uint8Array.from([0xc0]));
  });

  test('stored JSON state gains missing attributes as null and loses unknown ones', () => {
    expect(fromJson({ name: 'a', region: 'eu', gone: 1 }, type)).toEqual({
      ...config({ secret: null, rule: null }),
    });
  });
});

describe('planning', () => {
  test('a new resource gets defaults, unknown computed values and no write-only values', () => {
    const { planned } = planChange(block, null, config(), config());
    expect(planned).toMatchObject({ colour: 'blue', secret: null, name: 'a' });
    expect(isUnknown(planned?.id)).toBe(true);
  });

  test('no change plans the prior state exactly', () => {
    const prior = { ...config(), id: '7', colour: 'blue', secret: null };
    const result = planChange(block, prior, { ...prior }, config());
    expect(result.planned).toEqual(prior);
    expect(result.requiresReplace).toEqual([]);
  });

  test('an update keeps the id and flags attributes that force replacement', () => {
    const prior = { ...config(), id: '7', colour: 'blue', secret: null };
    const proposed = { ...prior, region: 'us' };
    const result = planChange(block, prior, proposed, config({ region: 'us' }));
    expect(result.planned?.id).toBe('7');
    expect(result.requiresReplace).toEqual([['region']]);
  });

  test('destroy plans a null object', () => {
    expect(planChange(block, config(), null, null).planned).toBeNull();
  });

  test('validators see known values only and report the attribute path', () => {
    const diagnostics = new Diagnostics();
    validateConfig(block, config({ name: 'too long' }), diagnostics);
    validateConfig(block, config({ name: UNKNOWN }), diagnostics);
    expect(diagnostics.all).toHaveLength(1);
    expect(diagnostics.all[0].path).toEqual(['name']);
  });

  test('a state left unknown after apply is a provider error', () => {
    const diagnostics = new Diagnostics();
    completeState(block, { ...config(), id: UNKNOWN }, diagnostics);
    expect(diagnostics.all[0]).toMatchObject({ summary: 'Provider Returned An Unknown Value' });
  });
});

describe('self-signed certificate', () => {
  test('is ECDSA P-256, a CA for localhost, and verifies with its own key', () => {
    const certificate = createSelfSignedCertificate();
    const parsed = new X509Certificate(certificate.certificatePem);
    expect(parsed.raw).toEqual(certificate.certificateDer);
    expect(parsed.ca).toBe(true);
    expect(parsed.checkHost('localhost')).toBe('localhost');
    expect(parsed.verify(parsed.publicKey)).toBe(true);
    expect(parsed.publicKey.asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
  });
});

describe('logging', () => {
  test('writes hclog JSON lines at the chosen level with secrets masked', () => {
    const lines: string[] = [];
    const log = new Logger('debug', (line) => lines.push(line));
    log.addSecret('key-0123456789');
    log.trace('hidden');
    log
      .with({ tf_rpc: 'ReadResource' })
      .debug('request with key-0123456789', { mojo_http_status: 200 });

    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({
      '@level': 'debug',
      '@module': 'provider',
      tf_rpc: 'ReadResource',
    });
    expect(entry['@message']).toBe('request with ***');
    expect(entry['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  test('TF_LOG_PROVIDER wins over TF_LOG; unset means off', () => {
    expect(levelFromEnvironment({ TF_LOG: 'TRACE', TF_LOG_PROVIDER: 'warn' })).toBe('warn');
    expect(levelFromEnvironment({ TF_LOG: 'JSON' })).toBe('trace');
    expect(levelFromEnvironment({})).toBe('off');
  });
});
