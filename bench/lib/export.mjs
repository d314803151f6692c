// The export case: the API's streaming export and PostgreSQL's COPY running the same statement.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const AT = `to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The question codes a place export has columns for (ExportService.place). */
export const placeCodesSql = (placeId) =>
  `SELECT q.code FROM question q WHERE q.code IN (SELECT e->>'code' FROM survey s, jsonb_array_elements(s.questions) e WHERE s.place_id = '${placeId}') ORDER BY q.position, q.code`;

/**
 * The COPY statement, built exactly as backend/src/main/java/org/kickstart/survey/ExportService.java
 * builds it (sql(where, codes, format)). The case checks that both sides send the same bytes.
 */
export function exportSql(where, codes, format) {
  if (format === 'ndjson') {
    return `COPY (SELECT json_strip_nulls(json_build_object('id', r.id, 'surveyId', r.survey_id, 'mode', r.mode, 'language', r.language,`
      + ` 'submittedAt', ${AT}, 'neighbourhoodCode', r.neighbourhood_code, 'answers', r.answers))::text`
      + ` FROM survey_response r WHERE ${where} ORDER BY r.submitted_at, r.id)`
      + ` TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')`;
  }
  let cols = `r.id AS response_id, r.survey_id, r.mode, r.language, ${AT} AS submitted_at, r.neighbourhood_code AS neighbourhood`;
  for (const code of codes) {
    if (!/^[a-z][a-z0-9_.]*$/.test(code)) throw new Error(`unexpected question code ${code}`);
    cols += `, regexp_replace(r.answers->>'${code}', '^([=+@\\t\\r-])', '''\\1') AS "${code}"`;
  }
  return `COPY (SELECT ${cols} FROM survey_response r WHERE ${where} ORDER BY r.submitted_at, r.id) TO STDOUT WITH (FORMAT csv, HEADER)`;
}

/** GET an export, counting what arrives: { status, rows, bytes, seconds }. */
export function apiExport(base, path, accept, token) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      { host: url.hostname, port: url.port, method: 'GET', path, headers: { accept, authorization: `Bearer ${token}` } },
      (res) => {
        let bytes = 0;
        let rows = 0;
        res.on('data', (c) => {
          bytes += c.length;
          for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) rows++;
        });
        res.on('end', () => resolve({ status: res.statusCode, rows, bytes, seconds: (performance.now() - t0) / 1000 }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
