data "mojohelpdesk_ticket_form" "default" {
  name = "Default Form"
}

resource "mojohelpdesk_ticket_queue" "support" {
  name                 = "Customer Support"
  email_alias          = "help"
  email_forward        = "support-team@example.com"
  email_ticket_form_id = data.mojohelpdesk_ticket_form.default.id
}
