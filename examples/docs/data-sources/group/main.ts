import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskGroup, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const acme = new dataMojohelpdeskGroup.DataMojohelpdeskGroup(this, 'acme', {
      name: 'Acme Corp',
    });
    new TerraformOutput(this, 'acme_support_ends', { value: acme.supportEndDate });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
