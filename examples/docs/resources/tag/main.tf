resource "mojohelpdesk_tag" "urgent" {
  label = "Urgent"
  color = "#d93f0b"
}
