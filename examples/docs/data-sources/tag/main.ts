import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTag, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const bug = new dataMojohelpdeskTag.DataMojohelpdeskTag(this, 'bug', { label: 'Bug' });
    new TerraformOutput(this, 'bug_colour', { value: bug.color });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
