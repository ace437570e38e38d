data "mojohelpdesk_teams" "all" {}

output "team_names" {
  value = data.mojohelpdesk_teams.all.teams[*].name
}
