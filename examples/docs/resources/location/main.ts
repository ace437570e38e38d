import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { location, provider } from 'mojohelpdesk-iac';

class SitesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const headOffice = new location.Location(this, 'head-office', { name: 'Head Office' });
    new location.Location(this, 'server-room', {
      name: 'Server Room',
      parentId: Token.asNumber(headOffice.id),
      position: 0,
    });
  }
}

const app = new App();
new SitesStack(app, 'sites');
app.synth();
