data "mojohelpdesk_user" "tara" {
  email = "tara.tech@example.com"
}

output "tara_role_id" {
  value = data.mojohelpdesk_user.tara.role_id
}
