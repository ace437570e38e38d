import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dataMojohelpdeskTicketQueue, provider } from 'mojohelpdesk-iac';

class LookupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const support = new dataMojohelpdeskTicketQueue.DataMojohelpdeskTicketQueue(this, 'support', {
      name: 'Support',
    });
    new TerraformOutput(this, 'support_queue_alias', { value: support.emailAlias });
  }
}

const app = new App();
new LookupStack(app, 'lookup');
app.synth();
