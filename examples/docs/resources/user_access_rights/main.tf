# The complete set: ticket queues not listed here are revoked from this agent.
resource "mojohelpdesk_ticket_queue" "hardware" {
  name = "Hardware Orders"
}

resource "mojohelpdesk_ticket_queue" "software" {
  name = "Software Licences"
}

resource "mojohelpdesk_user" "buyer" {
  email   = "kim.buyer@example.com"
  role_id = 15
}

resource "mojohelpdesk_user_access_rights" "buyer" {
  user_id = mojohelpdesk_user.buyer.id
  ticket_queue_ids = [
    mojohelpdesk_ticket_queue.hardware.id,
    mojohelpdesk_ticket_queue.software.id,
  ]
}
