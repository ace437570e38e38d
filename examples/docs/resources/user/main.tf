# Ephemeral: the value reaches the provider and is kept in neither plan nor state.
variable "agent_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "mojohelpdesk_user" "agent" {
  email      = "dana.agent@example.com"
  first_name = "Dana"
  last_name  = "Agent"
  work_phone = "+1 555 0100"
  role_id    = 20

  # Sent on create, and again whenever password_version changes.
  password         = var.agent_password
  password_version = "2024-06"
}

resource "mojohelpdesk_group" "requesters" {
  name = "Northwind Traders"
}

resource "mojohelpdesk_user" "requester" {
  email      = "sam.requester@example.com"
  first_name = "Sam"
  last_name  = "Requester"
  company_id = mojohelpdesk_group.requesters.id
  user_notes = "Prefers phone calls."
}
