import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskUser, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const tara = new dataMojohelpdeskUser.DataMojohelpdeskUser(this, 'tara', {
      email: 'tara.tech@example.com',
    });
    new TerraformOutput(this, 'tara_role_id', { value: tara.roleId });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
