import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type IndicatorResult = Schemas['IndicatorResult'];
export type IndicatorValue = Schemas['IndicatorValue'];
export type Benchmark = Schemas['Benchmark'];
export type Breakdown = Schemas['Breakdown'];
export type Reach = Schemas['Reach'];
export type ReachPeriod = Schemas['ReachPeriod'];
export type Gaps = Schemas['Gaps'];
export type GapRow = Schemas['GapRow'];

/** What the dashboard shows about other things: the place's spaces, events and surveys (for filters and the map). */
export type Space = Schemas['Space'];
export type EventSummary = Schemas['Event'];
export type Survey = Schemas['Survey'];
