data "mojohelpdesk_ticket_queue" "support" {
  name = "Support"
}

output "support_queue_alias" {
  value = data.mojohelpdesk_ticket_queue.support.email_alias
}
