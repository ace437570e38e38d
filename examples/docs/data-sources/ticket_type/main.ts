import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTicketType, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const incident = new dataMojohelpdeskTicketType.DataMojohelpdeskTicketType(this, 'incident', {
      name: 'Incident',
    });
    new TerraformOutput(this, 'incident_type_id', { value: incident.id });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
