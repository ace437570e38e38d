import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { provider, tag } from 'mojohelpdesk-iac';

class TaggingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    new tag.Tag(this, 'urgent', { label: 'Urgent', color: '#d93f0b' });
  }
}

const app = new App();
new TaggingStack(app, 'tagging');
app.synth();
