import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { assetType, provider } from 'mojohelpdesk-iac';

class AssetsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const network = new assetType.AssetType(this, 'network', {
      name: 'Network Equipment',
      description: 'Routers, switches and access points.',
    });
    new assetType.AssetType(this, 'switches', {
      name: 'Switches',
      parentId: Token.asNumber(network.id),
    });
  }
}

const app = new App();
new AssetsStack(app, 'assets');
app.synth();
