import { describe, expect, it } from 'vitest';
import { occurrenceFixture } from '@/test/events';
import type { Occurrence } from '../types';
import { groupByDay, parseWhatsOn, toOccurrenceQuery, writeWhatsOn } from './whats-on';

const TODAY = '2026-12-09';
const SPACE = '5f0e7c2a-1b3d-4c5e-9f8a-000000000001';

describe('the What’s on address', () => {
  it('reads the week, view and filters, dropping what the API would refuse', () => {
    expect(parseWhatsOn(new URLSearchParams(''), TODAY)).toEqual({
      week: '2026-12-07',
      view: 'week',
      category: undefined,
      audience: undefined,
      space: undefined,
      partner: undefined,
    });
    expect(parseWhatsOn(new URLSearchParams(`week=2026-12-17&view=list&category=food&audience=carers&space=${SPACE}&partner=nope`), TODAY)).toEqual({
      week: '2026-12-14',
      view: 'list',
      category: 'food',
      audience: 'carers',
      space: SPACE,
      partner: undefined,
    });
    expect(parseWhatsOn(new URLSearchParams('week=2026-13-01&category=parties'), TODAY)).toMatchObject({ week: '2026-12-07', category: undefined });
  });

  it('writes the same view to the same address, leaving out the defaults and keeping other parameters', () => {
    const view = parseWhatsOn(new URLSearchParams(`audience=carers&week=2026-12-14&space=${SPACE}`), TODAY);
    expect(writeWhatsOn(view, TODAY, new URLSearchParams('x=1')).toString()).toBe(`x=1&week=2026-12-14&audience=carers&space=${SPACE}`);
    expect(writeWhatsOn({ ...view, week: '2026-12-07', audience: undefined, space: undefined }, TODAY).toString()).toBe('');
  });

  it('asks the API for the place’s week with the filters', () => {
    const view = parseWhatsOn(new URLSearchParams('week=2026-12-28&category=food'), TODAY);
    expect(toOccurrenceQuery('place-1', view)).toEqual({ from: '2026-12-28', to: '2027-01-03', place: 'place-1', category: 'food' });
  });
});

describe('groupByDay', () => {
  it('puts each occurrence on the London day it starts, in time order', () => {
    const late = occurrenceFixture({ title: 'Late', start: '2026-12-08T18:00:00Z', end: '2026-12-08T20:00:00Z' }) as unknown as Occurrence;
    const early = occurrenceFixture({ title: 'Early', start: '2026-12-08T09:00:00Z' }) as unknown as Occurrence;
    const moved = occurrenceFixture({ title: 'Moved', date: '2026-12-08', start: '2026-12-10T10:00:00Z', status: 'moved' }) as unknown as Occurrence;
    const days = groupByDay('2026-12-07', [late, moved, early]);
    expect(days.map((day) => day.date)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect(days[1]?.occurrences.map((item) => item.title)).toEqual(['Early', 'Late']);
    expect(days[3]?.occurrences.map((item) => item.title)).toEqual(['Moved']);
  });
});
