resource "mojohelpdesk_asset_status" "in_repair" {
  name = "In Repair"
}
