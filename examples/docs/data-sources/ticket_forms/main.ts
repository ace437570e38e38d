import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTicketForms, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const forms = new dataMojohelpdeskTicketForms.DataMojohelpdeskTicketForms(
      this,
      'all-ticket-forms',
    );
    new TerraformOutput(this, 'ticket_forms', { value: forms.ticketForms });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
