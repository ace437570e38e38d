data "mojohelpdesk_team" "tier_1" {
  name = "Tier 1"
}

output "tier_1_agent_ids" {
  value = data.mojohelpdesk_team.tier_1.agent_ids
}
