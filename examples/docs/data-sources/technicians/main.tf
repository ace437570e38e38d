data "mojohelpdesk_technicians" "all" {}

# Agents who may work tickets without restriction (technician and up), active ones only.
output "technician_emails" {
  value = [
    for agent in data.mojohelpdesk_technicians.all.technicians : agent.email
    if agent.role_id >= 20 && agent.is_active
  ]
}
