resource "mojohelpdesk_group" "initech" {
  name               = "Initech"
  support_status_id  = 0
  support_start_date = "2024-01-01"
  support_end_date   = "2025-12-31"
  address            = "4120 Freidrich Lane"
  city               = "Austin"
  state              = "TX"
  zip                = "78744"
  country            = "USA"
  website_url        = "www.initech.example"
  notes              = "Gold support contract."
}
