import { useQuery } from '@tanstack/react-query';
import { zUserPage, type User } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

export type Person = User;

const MAX_PAGES = 50;

/**
 * The site's people by id. Submissions carry only a worker id (names are kept out of the verdict
 * record), so pages that list them look the name up here.
 */
export function usePeople() {
  const query = useQuery({
    queryKey: ['auth', 'users', 'directory'],
    queryFn: async ({ signal }) => {
      const people = new Map<string, Person>();
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const reply = await api.json('/v1/auth/users', zUserPage, { query: { cursor, limit: 100 }, signal });
        for (const p of reply.items) people.set(p.id, p);
        cursor = reply.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return people;
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
  const nameOf = (workerId: string, fallback?: string | null): string =>
    query.data?.get(workerId)?.displayName ?? fallback ?? workerId;
  return { nameOf, people: query.data };
}
