import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { provider, ticketType } from 'mojohelpdesk-iac';

class TicketTypesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    new ticketType.TicketType(this, 'feature-request', { name: 'Feature Request' });
  }
}

const app = new App();
new TicketTypesStack(app, 'ticket-types');
app.synth();
