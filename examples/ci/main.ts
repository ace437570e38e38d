/**
 * The helpdesk of helpdesk.yaml as a cdktf app for CI: one stack, `helpdesk`, whose state lives
 * in PostgreSQL. Terraform's pg backend locks the state for every plan and apply, so two deploys
 * can never write it at the same time; the one that comes second waits or fails on the lock.
 *
 * Environment, at synth and at every Terraform command:
 * - PG_CONN_STR: the libpq connection string of the state database (required)
 * - MOJO_HELPDESK_ACCESS_KEY, and MOJO_HELPDESK_URL for a service other than the hosted one
 */
import { join } from 'node:path';
import { App, PgBackend, TerraformStack } from 'cdktf';
import { Helpdesk } from '../../src';

/** The variable Terraform's pg backend reads its connection string from. */
const STATE_CONNECTION_ENV = 'PG_CONN_STR';

/** The PostgreSQL schema that holds the state table. */
const STATE_SCHEMA = 'mojo_helpdesk';

const connStr = process.env[STATE_CONNECTION_ENV];
if (!connStr) {
  throw new Error(
    `${STATE_CONNECTION_ENV} is not set: the stack keeps its state in PostgreSQL and needs ` +
      'the connection string of the state database.',
  );
}

const app = new App();
const stack = new TerraformStack(app, 'helpdesk');

// The connection string holds a password. Terraform reads it from the same variable at init,
// so it is left out of cdk.tf.json, and with it out of .terraform/ and the saved plan file.
const backend = new PgBackend(stack, { connStr, schemaName: STATE_SCHEMA });
backend.addOverride('conn_str', undefined);

Helpdesk.fromFile(stack, 'helpdesk', join(__dirname, 'helpdesk.yaml'));

app.synth();
