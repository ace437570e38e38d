data "mojohelpdesk_ticket_forms" "all" {}

output "enabled_ticket_forms" {
  value = [
    for form in data.mojohelpdesk_ticket_forms.all.ticket_forms : form.name if form.is_enabled
  ]
}
