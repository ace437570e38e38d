# A small helpdesk's ticket queues, declared with plain Terraform.
#
# The provider reads its URL and access key from MOJO_HELPDESK_URL and MOJO_HELPDESK_ACCESS_KEY;
# `npm start` points them at the local emulator.

terraform {
  required_providers {
    mojohelpdesk = {
      source = "mojohelpdesk-iac/mojohelpdesk"
    }
  }
}

provider "mojohelpdesk" {}

locals {
  queues = {
    support  = { name = "Customer Support", email_alias = "support" }
    billing  = { name = "Billing", email_alias = "billing" }
    it       = { name = "IT Service Desk", email_alias = "it" }
    hr       = { name = "People & HR", email_alias = "people" }
    facility = { name = "Facilities", email_alias = "facilities" }
  }
}

resource "mojohelpdesk_ticket_queue" "queue" {
  for_each = local.queues

  name        = each.value.name
  email_alias = each.value.email_alias
}

output "ticket_queue_ids" {
  description = "Ticket queue ids by key"
  value       = { for key, queue in mojohelpdesk_ticket_queue.queue : key => queue.id }
}
