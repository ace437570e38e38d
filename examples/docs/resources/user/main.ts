import { App, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { group, provider, user } from 'mojohelpdesk-iac';

class PeopleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    // Set it with TF_VAR_agent_password; the provider never stores it in plan or state.
    const agentPassword = new TerraformVariable(this, 'agent_password', {
      type: 'string',
      sensitive: true,
    });

    new user.User(this, 'agent', {
      email: 'dana.agent@example.com',
      firstName: 'Dana',
      lastName: 'Agent',
      workPhone: '+1 555 0100',
      roleId: 20,
      // Sent on create, and again whenever passwordVersion changes.
      password: agentPassword.stringValue,
      passwordVersion: '2024-06',
    });

    const requesters = new group.Group(this, 'requesters', { name: 'Northwind Traders' });
    new user.User(this, 'requester', {
      email: 'sam.requester@example.com',
      firstName: 'Sam',
      lastName: 'Requester',
      companyId: Token.asNumber(requesters.id),
      userNotes: 'Prefers phone calls.',
    });
  }
}

const app = new App();
new PeopleStack(app, 'people');
app.synth();
