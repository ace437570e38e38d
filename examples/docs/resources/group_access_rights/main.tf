# The complete set: ticket queues not listed here are revoked from the group.
resource "mojohelpdesk_ticket_queue" "contracts" {
  name = "Contracts"
}

resource "mojohelpdesk_ticket_queue" "renewals" {
  name = "Renewals"
}

resource "mojohelpdesk_group" "umbrella" {
  name = "Umbrella Corp"
}

resource "mojohelpdesk_group_access_rights" "umbrella" {
  group_id = mojohelpdesk_group.umbrella.id
  ticket_queue_ids = [
    mojohelpdesk_ticket_queue.contracts.id,
    mojohelpdesk_ticket_queue.renewals.id,
  ]
}

# A group that sees every ticket queue, including queues created later.
resource "mojohelpdesk_group" "wayne" {
  name = "Wayne Enterprises"
}

resource "mojohelpdesk_group_access_rights" "wayne" {
  group_id                        = mojohelpdesk_group.wayne.id
  has_access_to_all_ticket_queues = true
}
