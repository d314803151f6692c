import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, countFilters, parseInsights, signedInFilters, toIndicatorQuery, toReachQuery, writeInsights } from './filters';

const SPACE = '6a1d0c52-4f0e-4b7a-9a01-000000000002';

describe('insights filters in the address', () => {
  it('reads every filter from the query string', () => {
    const view = parseInsights(
      new URLSearchParams(
        `from=2025-07-01&to=2026-06-30&interval=month&neighbourhood=E01010880&breakdown=age_band&measure=loneliness&space=${SPACE}&event=${SPACE}&survey=${SPACE}`,
      ),
    );
    expect(view).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
      interval: 'month',
      neighbourhood: 'E01010880',
      breakdown: 'age_band',
      measure: 'loneliness',
      space: SPACE,
      event: SPACE,
      survey: SPACE,
    });
    expect(countFilters(view)).toBe(7);
    expect(signedInFilters(view)).toEqual(['breakdown', 'space', 'event', 'survey']);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const view = parseInsights(
      new URLSearchParams('from=2026-02-30&to=soon&interval=fortnight&neighbourhood=W01000001&breakdown=star_sign&measure=happiness&space=42'),
    );
    expect(view).toEqual(DEFAULT_VIEW);
    // An end before the start keeps the start only.
    expect(parseInsights(new URLSearchParams('from=2026-06-01&to=2026-01-01'))).toMatchObject({ from: '2026-06-01', to: undefined });
  });

  it('round-trips: what is written reads back the same, in one order, defaults left out, other parameters kept', () => {
    const view = { ...DEFAULT_VIEW, to: '2026-06-30', from: '2025-07-01', breakdown: 'gender' as const, interval: 'year' as const };
    const params = writeInsights(view, new URLSearchParams('tab=x&breakdown=mode'));
    expect(params.toString()).toBe('tab=x&from=2025-07-01&to=2026-06-30&interval=year&breakdown=gender');
    expect(parseInsights(params)).toEqual(view);
    expect(writeInsights(DEFAULT_VIEW).toString()).toBe('');
    expect(writeInsights(parseInsights(params), params).toString()).toBe(params.toString());
  });

  it('becomes the indicators query, sending space, event and survey only for signed-in people', () => {
    const view = parseInsights(new URLSearchParams(`from=2025-07-01&neighbourhood=E01010880&space=${SPACE}&breakdown=mode`));
    expect(toIndicatorQuery('place-1', view, false, { interval: 'quarter' })).toEqual({
      place: 'place-1',
      neighbourhood: 'E01010880',
      from: '2025-07-01',
      interval: 'quarter',
    });
    expect(toIndicatorQuery('place-1', view, true, { interval: 'none', breakdown: 'mode', indicator: ['belonging'] })).toEqual({
      place: 'place-1',
      neighbourhood: 'E01010880',
      from: '2025-07-01',
      space: SPACE,
      interval: 'none',
      breakdown: 'mode',
      indicator: ['belonging'],
    });
  });

  it('asks for reach in quarters when the view shows the whole period', () => {
    expect(toReachQuery(parseInsights(new URLSearchParams('interval=none&to=2026-06-30')))).toEqual({ interval: 'quarter', to: '2026-06-30' });
    expect(toReachQuery(parseInsights(new URLSearchParams('interval=month')))).toEqual({ interval: 'month' });
  });
});
