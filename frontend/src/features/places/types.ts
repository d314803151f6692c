import type { components } from '@/lib/api/schema';

export type Place = components['schemas']['Place'];
export type PlaceInput = components['schemas']['PlaceInput'];
export type PlacePage = components['schemas']['PlacePage'];
