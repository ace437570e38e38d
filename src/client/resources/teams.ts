import { collectPages } from '../paging';
import { Transport } from '../transport';
import { idSegment } from './crud';

/** A team of agents. */
export interface Team {
  readonly id: number;
  readonly name: string;
  readonly agent_ids: readonly number[];
}

/** Teams (`/teams`), read only: paged list and get. An unknown id answers 404 (NOT_FOUND). */
export class TeamsApi {
  /** Builds the API on a transport. */
  public constructor(private readonly transport: Transport) {}

  /** Every team. */
  public list(): Promise<Team[]> {
    return collectPages<Team>(this.transport, { path: '/teams' });
  }

  /** The team with this id. */
  public get(id: number): Promise<Team> {
    return this.transport.request<Team>({
      method: 'GET',
      path: `/teams/${idSegment(id)}`,
      notFoundSubjects: ['team'],
    });
  }
}
