import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { provider, ticketQueue, user, userTicketQueueAccess } from 'mojohelpdesk-iac';

class AccessStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const escalations = new ticketQueue.TicketQueue(this, 'escalations', {
      name: 'Escalated Issues',
    });
    const technician = new user.User(this, 'technician', {
      email: 'lee.tech@example.com',
      roleId: 20,
    });

    // One grant per resource: other ticket queues of the agent are left alone.
    new userTicketQueueAccess.UserTicketQueueAccess(this, 'technician-escalations', {
      userId: Token.asNumber(technician.id),
      ticketQueueId: Token.asNumber(escalations.id),
    });
  }
}

const app = new App();
new AccessStack(app, 'access');
app.synth();
