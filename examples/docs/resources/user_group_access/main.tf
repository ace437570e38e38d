resource "mojohelpdesk_group" "hooli" {
  name = "Hooli"
}

resource "mojohelpdesk_user" "customer" {
  email      = "pat.customer@example.com"
  company_id = mojohelpdesk_group.hooli.id
}

# 0 none, 1 full (view and comment), 2 comment only.
resource "mojohelpdesk_user_group_access" "customer_hooli" {
  user_id  = mojohelpdesk_user.customer.id
  group_id = mojohelpdesk_group.hooli.id
  access   = 1
}
