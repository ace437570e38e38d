data "mojohelpdesk_ticket_type" "incident" {
  name = "Incident"
}

output "incident_type_id" {
  value = data.mojohelpdesk_ticket_type.incident.id
}
