import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { provider } from 'mojohelpdesk-iac';

class HelpdeskStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // url and accessKey are left to MOJO_HELPDESK_URL and MOJO_HELPDESK_ACCESS_KEY, so that no
    // secret is written into the synthesized configuration.
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk', {
      requestsPerSecond: 5,
      maxRetries: 4,
      timeoutSeconds: 30,
    });
  }
}

const app = new App();
new HelpdeskStack(app, 'helpdesk');
app.synth();
