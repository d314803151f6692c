import { describe, expect, it } from 'vitest';
import { checkSpaceForm, formKeyFor, toFormValues, toSpaceInput } from './space-form';

describe('the space form’s rules', () => {
  it('puts nested server errors on the right field, following the rows as they were sent', () => {
    expect(formKeyFor('location.lat', [])).toBe('location.lat');
    expect(formKeyFor('openingHours.periods[1].closes', ['a', 'b'])).toBe('periods.b.closes');
    expect(formKeyFor('openingHours.periods[0]', ['a'])).toBe('periods.a.row');
    expect(formKeyFor('openingHours.periods[7].opens', ['a'])).toBe('openingHours.periods');
    expect(formKeyFor('languages[2]', [])).toBe('languages');
    expect(formKeyFor('placeId', [])).toBeUndefined();
  });

  it('asks for what each mode needs', () => {
    const physical = { ...toFormValues(), name: 'Hall', kind: 'community_centre' as const };
    expect(Object.keys(checkSpaceForm(physical))).toEqual(['location']);
    const virtual = { ...physical, mode: 'virtual' as const };
    expect(Object.keys(checkSpaceForm(virtual)).sort()).toEqual(['platform', 'url']);
    const hybrid = { ...physical, mode: 'hybrid' as const, lat: '48', lon: '-1.8' };
    expect(checkSpaceForm(hybrid)).toMatchObject({ 'location.lat': expect.stringMatching(/United Kingdom/) as unknown, url: expect.any(String) as unknown });
  });

  it('sends only the fields the mode uses, without empty ones', () => {
    const values = {
      ...toFormValues(),
      name: ' Calder Online Café ',
      kind: 'online' as const,
      mode: 'virtual' as const,
      lat: '53.7',
      lon: '-1.8',
      address: 'Left over from before',
      url: 'https://meet.example.org/cafe',
      platform: 'Zoom',
      languages: 'en, ur, en',
      features: ['warm_space' as const, 'step_free' as const],
      periods: [{ key: 'a', day: 'tue' as const, opens: '10:00', closes: '12:00' }],
    };
    expect(toSpaceInput(values, 'place-1', { includeStatus: false })).toEqual({
      placeId: 'place-1',
      name: 'Calder Online Café',
      kind: 'online',
      mode: 'virtual',
      url: 'https://meet.example.org/cafe',
      platform: 'Zoom',
      openingHours: { periods: [{ day: 'tue', opens: '10:00', closes: '12:00' }] },
      accessibility: ['step_free'],
      welcome: ['warm_space'],
      languages: ['en', 'ur'],
    });
  });
});
