import { describe, expect, it } from 'vitest';
import { ProblemError, hasStatus, parseProblem } from './problem';

describe('parseProblem', () => {
  it('reads every member of an RFC 9457 problem, including field errors', () => {
    const problem = parseProblem(
      {
        type: 'https://kickstart.example/problems/validation',
        title: 'The request is not valid',
        status: 400,
        detail: '2 fields need attention.',
        instance: '/api/v1/places',
        errors: [
          { field: 'gssCode', message: 'must be a letter E, W, S or N followed by eight digits' },
          { field: 'slug', message: 'is already taken' },
        ],
      },
      400,
    );

    expect(problem).toBeInstanceOf(ProblemError);
    expect(problem.type).toBe('https://kickstart.example/problems/validation');
    expect(problem.title).toBe('The request is not valid');
    expect(problem.status).toBe(400);
    expect(problem.detail).toBe('2 fields need attention.');
    expect(problem.instance).toBe('/api/v1/places');
    expect(problem.errors).toHaveLength(2);
    expect(problem.fieldErrors()).toEqual({
      gssCode: 'must be a letter E, W, S or N followed by eight digits',
      slug: 'is already taken',
    });
    expect(problem.message).toBe('2 fields need attention.');
  });

  it('parses a problem that arrives as raw JSON text', () => {
    const problem = parseProblem('{"type":"about:blank","title":"The resource has changed","status":412}', 412);
    expect(problem.title).toBe('The resource has changed');
    expect(problem.status).toBe(412);
    expect(hasStatus(problem, 412)).toBe(true);
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    const problem = parseProblem('<html>Bad Gateway</html>', 502);
    expect(problem.status).toBe(502);
    expect(problem.type).toBe('about:blank');
    expect(problem.title).toBe('The service is not responding');
    expect(problem.detail).toBeUndefined();
    expect(problem.errors).toEqual([]);
  });

  it('copes with an empty body', () => {
    const problem = parseProblem(undefined, 401);
    expect(problem.status).toBe(401);
    expect(problem.title).toBe('Sign-in required');
  });

  it('ignores malformed field errors and keeps the first message per field', () => {
    const problem = parseProblem(
      {
        type: 'about:blank',
        title: 'Invalid',
        status: 400,
        errors: [
          { field: 'name', message: 'must not be blank' },
          { field: 'name', message: 'size must be between 1 and 120' },
          { field: 'region' },
          'population must be positive',
          null,
        ],
      },
      400,
    );
    expect(problem.errors).toEqual([
      { field: 'name', message: 'must not be blank' },
      { field: 'name', message: 'size must be between 1 and 120' },
    ]);
    expect(problem.fieldErrors()).toEqual({ name: 'must not be blank' });
  });

  it('does not trust a status outside 400–599 in the body', () => {
    expect(parseProblem({ title: 'Odd', status: 200 }, 500).status).toBe(500);
    expect(parseProblem({ title: 'Odd', status: '404' }, 409).status).toBe(409);
  });
});
