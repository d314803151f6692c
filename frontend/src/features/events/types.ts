import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Event = Schemas['Event'];
export type EventInput = Schemas['EventInput'];
export type EventCategory = Schemas['EventCategory'];
export type EventStatus = Schemas['EventStatus'];
export type Audience = Schemas['Audience'];
export type EventCost = NonNullable<EventInput['cost']>;
export type OccurrenceChange = Schemas['OccurrenceChange'];
export type OccurrenceChangeInput = Schemas['OccurrenceChangeInput'];
export type Occurrence = Schemas['Occurrence'];
export type OccurrencePage = Schemas['OccurrencePage'];
export type OccurrenceStatus = Occurrence['status'];
export type Attendance = Schemas['Attendance'];
export type AttendanceInput = Schemas['AttendanceInput'];
export type AgeBands = Schemas['AgeBands'];
export type AgeBand = keyof AgeBands;
export type PartnerRef = Schemas['PartnerRef'];

/** The few facts about other things the event pages show: the place, its partnership and its spaces. */
export type PlaceRecord = Schemas['Place'];
export type Partnership = Schemas['Partnership'];
export type Membership = Schemas['Membership'];
export type Space = Schemas['Space'];
