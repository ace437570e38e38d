resource "mojohelpdesk_ticket_type" "feature_request" {
  name = "Feature Request"
}
