resource "mojohelpdesk_department" "finance" {
  name = "Finance"
}

resource "mojohelpdesk_department" "payables" {
  name        = "Accounts Payable"
  description = "Supplier invoices and payments."
  parent_id   = mojohelpdesk_department.finance.id
}
