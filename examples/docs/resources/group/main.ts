import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { group, provider } from 'mojohelpdesk-iac';

class CustomersStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    new group.Group(this, 'initech', {
      name: 'Initech',
      supportStatusId: 0,
      supportStartDate: '2024-01-01',
      supportEndDate: '2025-12-31',
      address: '4120 Freidrich Lane',
      city: 'Austin',
      state: 'TX',
      zip: '78744',
      country: 'USA',
      websiteUrl: 'www.initech.example',
      notes: 'Gold support contract.',
    });
  }
}

const app = new App();
new CustomersStack(app, 'customers');
app.synth();
