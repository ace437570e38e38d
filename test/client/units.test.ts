import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualClock } from './virtual-clock';
import {
  backoffDelayMs,
  ignoreNotFound,
  isMojoError,
  isNotFound,
  NotFoundError,
  packageVersion,
  parseRetryAfterMs,
  ValidationError,
} from '../../src/client';
import { matchesSubmitted, newestMatch } from '../../src/client/recovery';
import { Throttle } from '../../src/client/throttle';
import { extractMessages } from '../../src/client/transport';

describe('backoff', () => {
  const policy = { baseMs: 500, capMs: 20_000 };

  test('full jitter stays between zero and the doubling ceiling', () => {
    expect(backoffDelayMs(1, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(1, policy, () => 0.999999)).toBe(499);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(20, policy, () => 0.999999)).toBe(19_999);
  });

  test('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);

    expect(parseRetryAfterMs('3', now)).toBe(3000);
    expect(parseRetryAfterMs(['0'], now)).toBe(0);
    expect(parseRetryAfterMs('Wed, 01 Jan 2025 12:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfterMs('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('error bodies', () => {
  test('all three documented shapes yield their messages', () => {
    expect(extractMessages('{"error":"Invalid ticket queue id"}')).toEqual([
      'Invalid ticket queue id',
    ]);
    expect(extractMessages('{"error":["Name is blank","Name is too short"]}')).toEqual([
      'Name is blank',
      'Name is too short',
    ]);
    expect(
      extractMessages('{"message":"Record not found","messages":["Record not found"]}'),
    ).toEqual(['Record not found']);
    expect(extractMessages('{"message":"Only a message"}')).toEqual(['Only a message']);
    expect(extractMessages('{"code":"invalid_request","messages":["Invalid User ID."]}')).toEqual([
      'Invalid User ID.',
    ]);
    expect(extractMessages('<html>Bad gateway</html>')).toEqual([]);
  });

  test('errors carry stable codes and are recognised across copies by their brand', async () => {
    const gone = new NotFoundError({ method: 'GET', path: '/api/v2/tags/9', status: 400 });
    const rejected = new ValidationError({ method: 'POST', path: '/api/v2/tags', status: 400 });

    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('GET /api/v2/tags/9');
    expect(isMojoError(gone)).toBe(true);
    expect(isMojoError({ code: 'NOT_FOUND' })).toBe(false);
    expect(isNotFound(rejected)).toBe(false);

    await expect(ignoreNotFound(Promise.reject(gone))).resolves.toBeUndefined();
    await expect(ignoreNotFound(Promise.reject(rejected))).rejects.toBe(rejected);
  });
});

describe('recovery matching', () => {
  test('submitted fields are compared loosely, unechoed fields are skipped', () => {
    const stored = {
      id: 4,
      name: 'Billing ',
      email_alias: null,
      support_status_id: 1,
      cost: '12.50',
    };

    expect(matchesSubmitted(stored, { name: 'billing', support_status_id: '1' })).toBe(true);
    expect(matchesSubmitted(stored, { name: 'Billing', email_alias: '' })).toBe(true);
    expect(matchesSubmitted(stored, { name: 'Billing', cost: 12.5 })).toBe(true);
    expect(matchesSubmitted(stored, { name: 'Billing', password: 'secret1234' })).toBe(true);
    expect(matchesSubmitted(stored, { name: 'Support' })).toBe(false);
  });

  test('the newest of several matches is chosen', () => {
    const candidates = [
      { id: 3, name: 'Billing' },
      { id: 9, name: 'Billing' },
      { id: 12, name: 'Support' },
    ];

    expect(newestMatch(candidates, { name: 'Billing' })?.id).toBe(9);
    expect(newestMatch(candidates, { name: 'Sales' })).toBeUndefined();
  });
});

describe('throttle', () => {
  test('a burst of 200 at 20 per second takes at least 9.5 s on the clock', async () => {
    const clock = new VirtualClock();
    const throttle = new Throttle({ requestsPerSecond: 20, maxInFlight: 1000, clock });
    const startedAt = clock.now();

    await Promise.all(
      Array.from({ length: 200 }, async () => {
        const release = await throttle.acquire();
        release();
      }),
    );

    expect(clock.now() - startedAt).toBeGreaterThanOrEqual(9500);
    expect(throttle.stats().granted).toBe(200);
  });

  test('no more than maxInFlight slots are held at once', async () => {
    const clock = new VirtualClock();
    const throttle = new Throttle({ requestsPerSecond: Infinity, maxInFlight: 3, clock });
    let holding = 0;
    let most = 0;

    await Promise.all(
      Array.from({ length: 25 }, async () => {
        const release = await throttle.acquire();
        holding += 1;
        most = Math.max(most, holding);
        await new Promise((resolve) => setImmediate(resolve));
        holding -= 1;
        release();
      }),
    );

    expect(most).toBe(3);
    expect(throttle.stats()).toEqual({ inFlight: 0, peakInFlight: 3, granted: 25 });
  });
});

describe('user agent', () => {
  test('the package version comes from package.json', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

    expect(packageVersion()).toBe(manifest.version);
  });
});
