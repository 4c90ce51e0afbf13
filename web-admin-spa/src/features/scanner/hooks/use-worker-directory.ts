import { useQuery } from '@tanstack/react-query';
import { useGateServices } from './gate-services';

const REFRESH_MS = 30 * 60_000;

/** Refreshes the gate device's copy of names and departments while online; offline it keeps the last one. */
export function useWorkerDirectory() {
  const { api, directory } = useGateServices();
  useQuery({
    queryKey: ['gate', 'worker-directory'],
    queryFn: async () => {
      const cards = await api.fetchWorkerCards();
      await directory.save(cards).catch(() => undefined);
      return Object.keys(cards).length;
    },
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
    retry: false,
  });
  return directory.lookup;
}
