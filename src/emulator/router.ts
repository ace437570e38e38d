import { accessRoutes } from './access';
import { assetRoutes } from './asset-routes';
import { crudRoutes } from './crud';
import { Route } from './http-types';
import { RESOURCES } from './resources';
import { userRoutes } from './users';

/** Prefix of every API path. */
export const API_PREFIX = '/api/v2';

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
  readonly literals: number;
}

/** What a path resolves to: a route and its parameters, or the methods the path allows. */
export type Resolution =
  | { readonly kind: 'route'; readonly route: Route; readonly params: string[] }
  | { readonly kind: 'wrong-method'; readonly allowed: string[] }
  | { readonly kind: 'none' };

/**
 * Finds the route of a request. Literal segments win over `:id` segments, so /users/techs is
 * never read as a user id.
 */
export class Router {
  private readonly bySize = new Map<number, CompiledRoute[]>();

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      const segments = route.pattern.split('/').filter((segment) => segment !== '');
      const compiled: CompiledRoute = {
        route,
        segments,
        literals: segments.filter((segment) => segment !== ':id').length,
      };
      const group = this.bySize.get(segments.length) ?? [];
      group.push(compiled);
      group.sort((a, b) => b.literals - a.literals);
      this.bySize.set(segments.length, group);
    }
  }

  /** Resolves a path below /api/v2 (without the prefix) for a method. */
  resolve(method: string, path: string): Resolution {
    const segments = path.split('/').filter((segment) => segment !== '');
    const candidates = this.bySize.get(segments.length) ?? [];
    const wanted = method === 'PATCH' ? 'PUT' : method === 'HEAD' ? 'GET' : method;
    const allowed = new Set<string>();
    let bestLiterals = -1;

    for (const candidate of candidates) {
      if (candidate.literals < bestLiterals) {
        break;
      }
      const params: string[] = [];
      const fits = candidate.segments.every((segment, index) => {
        if (segment === ':id') {
          params.push(segments[index]);
          return true;
        }
        return segment === segments[index];
      });
      if (!fits) {
        continue;
      }
      if (candidate.route.method === wanted) {
        return { kind: 'route', route: candidate.route, params };
      }
      bestLiterals = candidate.literals;
      allowed.add(candidate.route.method);
    }
    return allowed.size > 0 ? { kind: 'wrong-method', allowed: [...allowed] } : { kind: 'none' };
  }
}

/** The router of every endpoint the emulator serves. */
export function apiRouter(): Router {
  return new Router([
    ...accessRoutes(),
    ...assetRoutes(),
    ...userRoutes(),
    ...Object.values(RESOURCES).flatMap(crudRoutes),
  ]);
}

/** "GET /api/v2/tags/:id"-style key of a request, ids replaced by `:id`. */
export function counterKey(method: string, path: string): string {
  return `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/:id')}`;
}
