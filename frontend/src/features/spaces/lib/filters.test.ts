import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, countFilters, parseFilters, toListQuery, writeFilters } from './filters';

describe('space filters in the address', () => {
  it('reads every filter from the query string', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'q=library&kind=library&mode=hybrid&status=open&feature=hearing_loop&feature=step_free&neighbourhood=E01010577&near=53.7248,-1.8658&radius=1000&bbox=-1.9,53.7,-1.84,53.74',
      ),
    );
    expect(filters).toEqual({
      q: 'library',
      kind: 'library',
      mode: 'hybrid',
      status: 'open',
      // Always in the vocabulary's order, so the same search has one address.
      features: ['step_free', 'hearing_loop'],
      neighbourhood: 'E01010577',
      near: { lat: 53.7248, lon: -1.8658 },
      radius: 1000,
      bbox: [-1.9, 53.7, -1.84, 53.74],
    });
    expect(countFilters(filters)).toBe(9);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const filters = parseFilters(
      new URLSearchParams('kind=castle&mode=x&status=gone&feature=jacuzzi&neighbourhood=W01&near=200,5&radius=9&bbox=1,2,0,3'),
    );
    expect(filters).toEqual(EMPTY_FILTERS);
    // A radius without a point to measure from means nothing.
    expect(parseFilters(new URLSearchParams('radius=500')).radius).toBeUndefined();
  });

  it('writes the filters back in a fixed order, keeping other parameters', () => {
    const params = writeFilters(
      { ...EMPTY_FILTERS, status: 'planned', features: ['warm_space', 'step_free'], near: { lat: 53.724812345, lon: -1.8658 }, radius: 500 },
      new URLSearchParams('tab=map&status=open'),
    );
    expect(params.toString()).toBe('tab=map&status=planned&feature=step_free&feature=warm_space&near=53.72481%2C-1.8658&radius=500');
    expect(parseFilters(params)).toMatchObject({ status: 'planned', features: ['step_free', 'warm_space'], radius: 500 });
  });

  it('becomes the listSpaces query for the place', () => {
    const query = toListQuery('place-1', {
      ...EMPTY_FILTERS,
      kind: 'park_green_space',
      features: ['bsl'],
      near: { lat: 53.7, lon: -1.9 },
      bbox: [-2, 53, -1, 54],
    });
    expect(query).toEqual({ place: 'place-1', kind: 'park_green_space', feature: ['bsl'], near: '53.7,-1.9', bbox: '-2,53,-1,54' });
  });
});
