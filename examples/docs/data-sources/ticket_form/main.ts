import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTicketForm, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const hardware = new dataMojohelpdeskTicketForm.DataMojohelpdeskTicketForm(
      this,
      'hardware-request',
      { name: 'Hardware Request' },
    );
    new TerraformOutput(this, 'hardware_form_fields', { value: hardware.fieldAttributes });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
