/**
 * The example helpdesk as a cdktf app: one stack, `helpdesk`, holding the helpdesk described in
 * helpdesk.yaml. `cdktf diff` reviews it and `cdktf deploy` applies it; the provider reads
 * MOJO_HELPDESK_URL and MOJO_HELPDESK_ACCESS_KEY from the environment.
 */
import { join } from 'node:path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Helpdesk } from '../../src';

const app = new App();
const stack = new TerraformStack(app, 'helpdesk');
const helpdesk = Helpdesk.fromFile(stack, 'larkspur', join(__dirname, 'helpdesk.yaml'));

// Entries are reachable by name, for outputs or for resources the description does not cover.
new TerraformOutput(stack, 'customer-support-queue-id', {
  value: helpdesk.ticketQueue('Customer Support').id,
  description: 'Id of the Customer Support ticket queue',
});

app.synth();
