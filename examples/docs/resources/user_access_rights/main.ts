import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { provider, ticketQueue, user, userAccessRights } from 'mojohelpdesk-iac';

class AccessStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const hardware = new ticketQueue.TicketQueue(this, 'hardware', { name: 'Hardware Orders' });
    const software = new ticketQueue.TicketQueue(this, 'software', {
      name: 'Software Licences',
    });
    const buyer = new user.User(this, 'buyer', { email: 'kim.buyer@example.com', roleId: 15 });

    // The complete set: ticket queues not listed here are revoked from this agent.
    new userAccessRights.UserAccessRights(this, 'buyer-access', {
      userId: Token.asNumber(buyer.id),
      ticketQueueIds: [Token.asNumber(hardware.id), Token.asNumber(software.id)],
    });
  }
}

const app = new App();
new AccessStack(app, 'access');
app.synth();
