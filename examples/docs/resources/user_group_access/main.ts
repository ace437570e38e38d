import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { group, provider, user, userGroupAccess } from 'mojohelpdesk-iac';

class CustomersStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const hooli = new group.Group(this, 'hooli', { name: 'Hooli' });
    const customer = new user.User(this, 'customer', {
      email: 'pat.customer@example.com',
      companyId: Token.asNumber(hooli.id),
    });

    // 0 none, 1 full (view and comment), 2 comment only.
    new userGroupAccess.UserGroupAccess(this, 'customer-hooli', {
      userId: Token.asNumber(customer.id),
      groupId: Token.asNumber(hooli.id),
      access: 1,
    });
  }
}

const app = new App();
new CustomersStack(app, 'customers');
app.synth();
