import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Space = Schemas['Space'];
export type SpaceInput = Schemas['SpaceInput'];
export type SpacePage = Schemas['SpacePage'];
export type SpacePipeline = Schemas['SpacePipeline'];
export type SpaceKind = Schemas['SpaceKind'];
export type SpaceMode = Schemas['SpaceMode'];
export type SpaceStatus = Schemas['SpaceStatus'];
export type SpaceCost = NonNullable<SpaceInput['cost']>;
export type AccessibilityFeature = Schemas['AccessibilityFeature'];
export type WelcomeFeature = Schemas['WelcomeFeature'];
export type SpaceFeature = Schemas['SpaceFeature'];
export type SpaceLocation = Schemas['Location'];
export type OpeningHours = Schemas['OpeningHours'];
export type OpeningPeriod = Schemas['OpeningPeriod'];
export type OpeningDay = OpeningPeriod['day'];
export type StatusChange = Schemas['StatusChange'];
export type StatusHistoryEntry = Schemas['StatusHistoryEntry'];

/** The few facts about other things a space page shows: its place, neighbourhood and managing partner. */
export type PlaceRecord = Schemas['Place'];
export type Neighbourhood = Schemas['Neighbourhood'];
export type NeighbourhoodPage = Schemas['NeighbourhoodPage'];
export type Partner = Schemas['Partner'];
export type PartnerPage = Schemas['PartnerPage'];
