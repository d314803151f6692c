import { useOutletContext } from 'react-router';
import type { Place } from '@/features/places/types';

export interface PlaceHubContext {
  place: Place;
  /** Fetches the place again. */
  reload: () => void;
}

/** The place the hub loaded, for the section pages under `/places/:slug`. */
export function usePlaceHub(): PlaceHubContext {
  return useOutletContext<PlaceHubContext>();
}
