/**
 * A local emulator of the Mojo Helpdesk REST API v2 configuration surface, for tests, demos and
 * examples. Start it with `startEmulator` and point a client at its `url`.
 */
export { startEmulator } from './server';
export { ApiError, ApiErrorCode, EmulatorUsageError, ErrorBody } from './errors';
export { EmulatorOptions, FaultRule, HeldRequest, RecordedRequest, RunningEmulator } from './types';
