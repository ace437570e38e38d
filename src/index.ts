/**
 * The public API of mojohelpdesk-iac for cdktf apps: the bindings generated from the provider's
 * schema (one namespace per resource and data source) and the hand-written constructs.
 */
export * from './bindings';
export * from './constructs';
