data "mojohelpdesk_group" "acme" {
  name = "Acme Corp"
}

output "acme_support_ends" {
  value = data.mojohelpdesk_group.acme.support_end_date
}
