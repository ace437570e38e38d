resource "mojohelpdesk_location" "head_office" {
  name = "Head Office"
}

resource "mojohelpdesk_location" "server_room" {
  name      = "Server Room"
  parent_id = mojohelpdesk_location.head_office.id
  position  = 0
}
