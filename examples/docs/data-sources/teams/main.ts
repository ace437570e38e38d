import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTeams, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const teams = new dataMojohelpdeskTeams.DataMojohelpdeskTeams(this, 'all-teams');
    new TerraformOutput(this, 'teams', { value: teams.teams });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
