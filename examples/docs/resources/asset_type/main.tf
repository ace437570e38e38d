resource "mojohelpdesk_asset_type" "network" {
  name        = "Network Equipment"
  description = "Routers, switches and access points."
}

resource "mojohelpdesk_asset_type" "switches" {
  name      = "Switches"
  parent_id = mojohelpdesk_asset_type.network.id
}
