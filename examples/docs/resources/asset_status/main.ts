import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { assetStatus, provider } from 'mojohelpdesk-iac';

class AssetsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    new assetStatus.AssetStatus(this, 'in-repair', { name: 'In Repair' });
  }
}

const app = new App();
new AssetsStack(app, 'assets');
app.synth();
