# One grant per resource: other ticket queues of the group are left alone.
resource "mojohelpdesk_ticket_queue" "partners" {
  name = "Partner Desk"
}

resource "mojohelpdesk_group" "stark" {
  name = "Stark Industries"
}

resource "mojohelpdesk_group_ticket_queue_access" "stark_partners" {
  group_id        = mojohelpdesk_group.stark.id
  ticket_queue_id = mojohelpdesk_ticket_queue.partners.id
}
