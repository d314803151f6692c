import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../src/lib/api/schema';
import { env, realmUrl, users, type DemoUser } from './env';

/**
 * The Kickstart API for seeding and checking, typed from openapi.yaml like the SPA's own client:
 * a journey that drifts from the contract fails the type check. Tokens come from the real
 * Keycloak (direct grant on kickstart-spa, enabled in the development realm only).
 */
export type Schemas = components['schemas'];
export type Api = Client<paths>;

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** An access token for a demo user, cached until shortly before it expires. */
export async function accessToken(user: DemoUser): Promise<string> {
  const cached = tokens.get(user.username);
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.token;
  const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'kickstart-spa',
      username: user.username,
      password: user.password,
      scope: 'openid',
    }),
  });
  if (!response.ok) throw new Error(`Keycloak refused a token for ${user.username}: ${String(response.status)} ${await response.text()}`);
  const body = (await response.json()) as { access_token: string; expires_in: number };
  tokens.set(user.username, { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 });
  return body.access_token;
}

/** The API as one of the demo users. */
export function apiAs(user: DemoUser): Api {
  const client = createClient<paths>({ baseUrl: env.apiUrl, headers: { Accept: 'application/json, application/problem+json' } });
  client.use({
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await accessToken(user)}`);
      return request;
    },
  });
  return client;
}

/** The data of a successful call; otherwise an error that shows the status and problem+json. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (!result.response.ok || result.data === undefined) {
    throw new Error(`${what} failed: HTTP ${String(result.response.status)} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

/** A short tag that keeps this run's names, slugs and codes apart from earlier runs' (when the database is kept). */
export function uniqueTag(): string {
  return `${Date.now().toString(36).slice(-3)}${Math.floor(Math.random() * 36 ** 2).toString(36).padStart(2, '0')}`.toUpperCase();
}

function gssCode(): string {
  return `E${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/**
 * Seeds what a journey needs through the API (as admin unless said otherwise), the way the SPA
 * or another client would — never with SQL.
 */
export class Seed {
  readonly admin = apiAs(users.admin);

  /** The user signs in once (GET /me records them), so admins can find them and grant them places. */
  async signedInOnce(user: DemoUser): Promise<Schemas['Me']> {
    return ok(await apiAs(user).GET('/api/v1/me'), `GET /me as ${user.username}`);
  }

  async place(input: Partial<Schemas['PlaceInput']> & { name: string }): Promise<Schemas['Place']> {
    const tag = uniqueTag().toLowerCase();
    const body: Schemas['PlaceInput'] = {
      slug: `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${tag}`,
      gssCode: gssCode(),
      region: 'London',
      population: 120_000,
      ...input,
    };
    return ok(await this.admin.POST('/api/v1/places', { body }), `creating place ${input.name}`);
  }

  /** Makes the user an organiser of the place (signing them in once first, as the API requires). */
  async organiser(placeId: string, user: DemoUser): Promise<Schemas['Organiser']> {
    await this.signedInOnce(user);
    return ok(
      await this.admin.PUT('/api/v1/places/{placeId}/organisers/{subject}', { params: { path: { placeId, subject: user.subject } } }),
      `granting ${user.username}`,
    );
  }

  async partner(input: Schemas['PartnerInput']): Promise<Schemas['Partner']> {
    return ok(await this.admin.POST('/api/v1/partners', { body: input }), `creating partner ${input.name}`);
  }

  async member(placeId: string, partnerId: string, input: Partial<Schemas['MembershipInput']> = {}): Promise<Schemas['Membership']> {
    const body: Schemas['MembershipInput'] = { role: 'core', status: 'active', commitments: [], ...input };
    return ok(
      await this.admin.PUT('/api/v1/places/{placeId}/partnership/{partnerId}', { params: { path: { placeId, partnerId }, header: {} }, body }),
      'adding a partnership member',
    );
  }

  async space(input: Schemas['SpaceInput']): Promise<Schemas['Space']> {
    return ok(await this.admin.POST('/api/v1/spaces', { body: input }), `creating space ${input.name}`);
  }

  async event(input: Schemas['EventInput']): Promise<Schemas['Event']> {
    return ok(await this.admin.POST('/api/v1/events', { body: input }), `creating event ${input.title}`);
  }

  /** The occurrences of one event from `from` to `to` (London dates), as What's on has them. */
  async occurrences(eventId: string, from: string, to: string): Promise<Schemas['Occurrence'][]> {
    const page = ok(await this.admin.GET('/api/v1/occurrences', { params: { query: { event: eventId, from, to, limit: 200 } } }), 'listing occurrences');
    return page.items;
  }

  /** A survey, as a draft (open it with {@link openSurvey}). */
  async survey(input: Schemas['SurveyInput']): Promise<Schemas['Survey']> {
    return ok(await this.admin.POST('/api/v1/surveys', { body: input }), `creating survey ${input.title}`);
  }

  async openSurvey(survey: Schemas['Survey']): Promise<Schemas['Survey']> {
    return ok(
      await this.admin.POST('/api/v1/surveys/{surveyId}/status', {
        params: { path: { surveyId: survey.id }, header: { 'If-Match': `"${String(survey.version)}"` } },
        body: { status: 'open' },
      }),
      `opening survey ${survey.title}`,
    );
  }

  /** The question bank, by code. */
  async questions(): Promise<Map<string, Schemas['Question']>> {
    const bank = ok(await this.admin.GET('/api/v1/questions'), 'reading the question bank');
    return new Map(bank.items.map((question) => [question.code, question]));
  }

  /**
   * A question's text in another language (admins only). The same text again changes nothing, so
   * journeys can give it on every run, even once residents have answered in that language.
   */
  async translation(code: string, language: string, translation: Schemas['QuestionTranslation']): Promise<Schemas['Question']> {
    return ok(
      await this.admin.PUT('/api/v1/questions/{code}/translations/{language}', { params: { path: { code, language } }, body: translation }),
      `translating ${code} into ${language}`,
    );
  }

  /** Every response to a survey, oldest first, as its organisers and analysts read them. */
  async responses(surveyId: string, as: Api = this.admin): Promise<Schemas['SurveyResponse'][]> {
    const items: Schemas['SurveyResponse'][] = [];
    let cursor: string | undefined;
    do {
      const query: { limit: number; cursor?: string } = { limit: 200 };
      if (cursor !== undefined) query.cursor = cursor;
      const page = ok(await as.GET('/api/v1/surveys/{surveyId}/responses', { params: { path: { surveyId }, query } }), 'reading responses');
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return items;
  }

  /** Paper responses from CSV text (one row a response, one column a question code), all or nothing. */
  async importResponses(surveyId: string, csv: string): Promise<Schemas['ResponseImportReport']> {
    return ok(
      await this.admin.POST('/api/v1/surveys/{surveyId}/responses/import', {
        params: { path: { surveyId } },
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
        bodySerializer: (body: string) => body,
      }),
      'importing responses',
    );
  }
}
