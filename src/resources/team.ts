import type { Team } from '../client';
import { lookupDataSource } from './api-object';
import { listingDataSource } from './listing';
import type { ObjectValue } from '../provider/framework/values';

const AGENT_IDS_DESCRIPTION = 'User ids of the agents in the team.';

function teamState(team: Team): ObjectValue {
  return { id: String(team.id), name: team.name, agent_ids: [...(team.agent_ids ?? [])] };
}

/** `mojohelpdesk_team` data source: one team of agents, by id or by name. */
export const teamDataSource = lookupDataSource<Team>({
  typeName: 'mojohelpdesk_team',
  noun: 'team',
  description: 'Looks up a team of agents by id or by name.',
  key: 'name',
  keyDescription: 'Name of the team.',
  attributes: {
    agent_ids: { type: ['list', 'number'], computed: true, description: AGENT_IDS_DESCRIPTION },
  },
  list: (client) => client.teams.list(),
  get: (client, id) => client.teams.get(id),
  stateOf: teamState,
});

/** `mojohelpdesk_teams` data source: every team of agents. */
export const teamsDataSource = listingDataSource<Team>({
  typeName: 'mojohelpdesk_teams',
  nouns: 'teams',
  description: 'Every team of agents in the helpdesk.',
  attribute: 'teams',
  elementDescription:
    'Every team, in the order the service lists them: id (numeric id as a string), name, and ' +
    'agent_ids (user ids of the agents in the team).',
  element: { id: 'string', name: 'string', agent_ids: ['list', 'number'] },
  list: (client) => client.teams.list(),
  elementOf: teamState,
});
