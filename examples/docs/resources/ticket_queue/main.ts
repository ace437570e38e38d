import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTicketForm, provider, ticketQueue } from 'mojohelpdesk-iac';

class SupportStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const defaultForm = new dataMojohelpdeskTicketForm.DataMojohelpdeskTicketForm(
      this,
      'default-form',
      { name: 'Default Form' },
    );

    new ticketQueue.TicketQueue(this, 'support', {
      name: 'Customer Support',
      emailAlias: 'help',
      emailForward: 'support-team@example.com',
      emailTicketFormId: Token.asNumber(defaultForm.id),
    });
  }
}

const app = new App();
new SupportStack(app, 'support');
app.synth();
