resource "mojohelpdesk_asset_type" "monitors" {
  name = "Monitors"
}

resource "mojohelpdesk_location" "warehouse" {
  name = "Warehouse"
}

resource "mojohelpdesk_asset_status" "in_stock" {
  name = "In Stock"
}

resource "mojohelpdesk_asset" "monitor" {
  display_name       = "Dell U2723QE"
  asset_tag          = "MON-0042"
  serial_number      = "CN-0ABC-1234"
  asset_type_id      = mojohelpdesk_asset_type.monitors.id
  location_id        = mojohelpdesk_location.warehouse.id
  asset_status_id    = mojohelpdesk_asset_status.in_stock.id
  vendor             = "Dell"
  purchased_on       = "2024-03-15"
  cost               = 579.99
  end_of_contract_on = "2027-03-14"
  visibility         = "staff_only"
}
