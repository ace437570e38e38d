import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { group, groupAccessRights, provider, ticketQueue } from 'mojohelpdesk-iac';

class AccessStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const contracts = new ticketQueue.TicketQueue(this, 'contracts', { name: 'Contracts' });
    const renewals = new ticketQueue.TicketQueue(this, 'renewals', { name: 'Renewals' });
    const umbrella = new group.Group(this, 'umbrella', { name: 'Umbrella Corp' });

    // The complete set: ticket queues not listed here are revoked from the group.
    new groupAccessRights.GroupAccessRights(this, 'umbrella-access', {
      groupId: Token.asNumber(umbrella.id),
      ticketQueueIds: [Token.asNumber(contracts.id), Token.asNumber(renewals.id)],
    });

    // A group that sees every ticket queue, including queues created later.
    const wayne = new group.Group(this, 'wayne', { name: 'Wayne Enterprises' });
    new groupAccessRights.GroupAccessRights(this, 'wayne-access', {
      groupId: Token.asNumber(wayne.id),
      hasAccessToAllTicketQueues: true,
    });
  }
}

const app = new App();
new AccessStack(app, 'access');
app.synth();
