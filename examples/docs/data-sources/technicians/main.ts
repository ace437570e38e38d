import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTechnicians, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const technicians = new dataMojohelpdeskTechnicians.DataMojohelpdeskTechnicians(
      this,
      'all-technicians',
    );
    new TerraformOutput(this, 'technicians', { value: technicians.technicians });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
