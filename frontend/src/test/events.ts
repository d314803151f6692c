// Fixtures for the events feature, shaped as the API returns them (openapi.yaml).

export const PLACE_ID = '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
export const EVENT_ID = '7e1d2c3b-4a5f-4e6d-8c7b-000000000001';
export const SPACE_ID = '5f0e7c2a-1b3d-4c5e-9f8a-000000000001';
export const TRUST = { id: '9d0c1b2a-3e4f-4a5b-8c6d-000000000001', name: 'Calder Valley Trust', type: 'voluntary_community' };
export const CHURCH = { id: '9d0c1b2a-3e4f-4a5b-8c6d-000000000002', name: 'St Mary’s Church', type: 'faith' };

/** The Tuesday coffee morning of the contract's example: weekly from 1 December 2026 to 30 March 2027. */
export function eventFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: EVENT_ID,
    placeId: PLACE_ID,
    spaceId: SPACE_ID,
    spaceName: 'Halifax Central Library',
    hosts: [TRUST],
    title: 'Tuesday coffee morning',
    description: 'Tea, coffee and a chat.',
    category: 'social',
    audiences: ['all_ages', 'older_people'],
    languages: [],
    cost: 'free',
    status: 'scheduled',
    start: '2026-12-01T10:00:00Z',
    end: '2026-12-01T12:00:00Z',
    timeZone: 'Europe/London',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330',
    exceptions: [],
    lastOccurrenceEnd: '2027-03-30T12:00:00+01:00',
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    version: 4,
    ...overrides,
  };
}

/** One occurrence as `GET /api/v1/occurrences` returns it. */
export function occurrenceFixture(overrides: Record<string, unknown> = {}) {
  return {
    eventId: EVENT_ID,
    date: '2026-12-08',
    start: '2026-12-08T10:00:00Z',
    end: '2026-12-08T12:00:00Z',
    status: 'scheduled',
    placeId: PLACE_ID,
    spaceId: SPACE_ID,
    spaceName: 'Halifax Central Library',
    title: 'Tuesday coffee morning',
    category: 'social',
    audiences: ['all_ages', 'older_people'],
    hosts: [TRUST],
    cost: 'free',
    recurring: true,
    ...overrides,
  };
}

export function membershipOf(partner: Record<string, unknown>, status = 'active') {
  return {
    placeId: PLACE_ID,
    partner: { ...partner, createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z', version: 0 },
    role: 'core',
    commitments: [],
    status,
    version: 1,
  };
}

export function partnershipOf(members: ReturnType<typeof membershipOf>[]) {
  return {
    place: { id: PLACE_ID, slug: 'calderdale', name: 'Calderdale' },
    members,
    summary: { active: members.length, left: 0, byType: {}, byRole: {} },
  };
}
