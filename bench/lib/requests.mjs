// The requests each case sends, drawn at random the way the pgbench scripts in bench/pgbench/
// draw their parameters, so both sides of a case do the same work on the same kind of rows.
import { randomUUID } from 'node:crypto';

export const PLACES = [1, 2, 3, 4, 5, 6].map((k) => `6a1d0c52-4f0e-4b7a-9a01-00000000000${k}`);
export const CALDERDALE = PLACES[1];
// A town in each place (bench/load.sql's bench_centre).
const CENTRES = [
  [55.168, -1.688],
  [53.721, -1.86],
  [51.59, -0.02],
  [51.015, -3.1],
  [52.48, -1.9],
  [51.53, 0.03],
];
export const OCCURRENCES_MONTH = { from: '2027-01-01', to: '2027-01-31' };

const randInt = (lo, hi) => lo + Math.floor(Math.random() * (hi - lo + 1));
export const spaceId = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const ANSWERS = {
  belonging: ['very_strongly', 'fairly_strongly', 'not_very_strongly', 'not_at_all_strongly', 'dont_know'],
  loneliness_direct: ['often_always', 'some_of_the_time', 'occasionally', 'hardly_ever', 'never'],
  ucla_companionship: ['hardly_ever_never', 'some_of_the_time', 'often'],
  ucla_left_out: ['hardly_ever_never', 'some_of_the_time', 'often'],
  ucla_isolated: ['hardly_ever_never', 'some_of_the_time', 'often'],
  chat_neighbours: ['most_days', 'once_twice_week', 'once_twice_month', 'less_than_monthly', 'never'],
  trust: ['many', 'some', 'a_few', 'none', 'dont_know'],
  age_band: ['16_24', '25_34', '35_49', '50_64', '65_74', '75_plus'],
  gender: ['woman', 'man', 'non_binary'],
};
const pick = (a) => a[Math.floor(Math.random() * a.length)];

/**
 * A request factory for a case: () => { method, path, headers, body }.
 * opts: { spaces (how many spaces were loaded), token (bearer for signed-in cases) }.
 */
export function requestsFor(name, opts = {}) {
  const auth = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
  switch (name) {
    case 'get-one':
      return () => ({ method: 'GET', path: `/api/v1/spaces/${spaceId(randInt(1, opts.spaces))}`, headers: {} });
    case 'list-near':
      return () => {
        const k = randInt(1, 6);
        const [lat0, lon0] = CENTRES[k - 1];
        const lat = (lat0 + randInt(-30000, 30000) / 1e6).toFixed(6);
        const lon = (lon0 + randInt(-45000, 45000) / 1e6).toFixed(6);
        return { method: 'GET', path: `/api/v1/spaces?near=${lat},${lon}&radius=2000&place=${PLACES[k - 1]}`, headers: {} };
      };
    case 'occurrences':
      return () => ({
        method: 'GET',
        path: `/api/v1/occurrences?from=${OCCURRENCES_MONTH.from}&to=${OCCURRENCES_MONTH.to}&place=${CALDERDALE}`,
        headers: {},
      });
    case 'indicators':
      return () => ({
        method: 'GET',
        path: `/api/v1/indicators?place=${CALDERDALE}&interval=quarter&breakdown=age_band`,
        headers: { ...auth },
      });
    case 'submit':
      return () => {
        const answers = {};
        for (const [code, options] of Object.entries(ANSWERS)) answers[code] = pick(options);
        return {
          method: 'POST',
          path: `/api/v1/public/surveys/bench-survey-token-${randInt(1, 6)}/responses`,
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({ answers }),
        };
      };
    default:
      throw new Error(`no requests for case ${name}`);
  }
}
