data "mojohelpdesk_tag" "bug" {
  label = "Bug"
}

output "bug_colour" {
  value = data.mojohelpdesk_tag.bug.color
}
