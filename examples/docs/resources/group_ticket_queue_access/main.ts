import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { group, groupTicketQueueAccess, provider, ticketQueue } from 'mojohelpdesk-iac';

class AccessStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const partners = new ticketQueue.TicketQueue(this, 'partners', { name: 'Partner Desk' });
    const stark = new group.Group(this, 'stark', { name: 'Stark Industries' });

    // One grant per resource: other ticket queues of the group are left alone.
    new groupTicketQueueAccess.GroupTicketQueueAccess(this, 'stark-partners', {
      groupId: Token.asNumber(stark.id),
      ticketQueueId: Token.asNumber(partners.id),
    });
  }
}

const app = new App();
new AccessStack(app, 'access');
app.synth();
