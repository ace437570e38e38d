# One grant per resource: other ticket queues of the agent are left alone.
resource "mojohelpdesk_ticket_queue" "escalations" {
  name = "Escalated Issues"
}

resource "mojohelpdesk_user" "technician" {
  email   = "lee.tech@example.com"
  role_id = 20
}

resource "mojohelpdesk_user_ticket_queue_access" "technician_escalations" {
  user_id         = mojohelpdesk_user.technician.id
  ticket_queue_id = mojohelpdesk_ticket_queue.escalations.id
}
