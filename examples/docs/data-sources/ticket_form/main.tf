data "mojohelpdesk_ticket_form" "hardware" {
  name = "Hardware Request"
}

output "hardware_form_fields" {
  value = [for field in data.mojohelpdesk_ticket_form.hardware.field_attributes : field.label]
}
