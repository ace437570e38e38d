import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTeam, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const tier1 = new dataMojohelpdeskTeam.DataMojohelpdeskTeam(this, 'tier-1', { name: 'Tier 1' });
    new TerraformOutput(this, 'tier_1_agent_ids', { value: tier1.agentIds });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
