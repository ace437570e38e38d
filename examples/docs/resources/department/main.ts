import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { department, provider } from 'mojohelpdesk-iac';

class OrganisationStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const finance = new department.Department(this, 'finance', { name: 'Finance' });
    new department.Department(this, 'payables', {
      name: 'Accounts Payable',
      description: 'Supplier invoices and payments.',
      parentId: Token.asNumber(finance.id),
    });
  }
}

const app = new App();
new OrganisationStack(app, 'organisation');
app.synth();
