/**
 * Where the stack under test is. scripts/e2e.sh starts it and sets these; the defaults are its
 * ports, so `npx playwright test -c e2e` works against `scripts/e2e.sh serve`.
 */
export const env = {
  spaUrl: process.env.E2E_SPA_URL ?? 'http://localhost:4173',
  apiUrl: process.env.E2E_API_URL ?? 'http://localhost:8280',
  keycloakUrl: process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180',
  chromium: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
} as const;

export const realmUrl = `${env.keycloakUrl}/realms/kickstart`;

/** The development realm's demo users (keycloak/kickstart-realm.json): fixed subjects, password "demo". */
export const users = {
  admin: { username: 'admin', password: 'demo', subject: '11111111-1111-4111-8111-111111111111', name: 'Ada Admin' },
  calderdale: {
    username: 'organiser.calderdale',
    password: 'demo',
    subject: '22222222-2222-4222-8222-222222222222',
    name: 'Cal Organiser',
  },
  newham: { username: 'organiser.newham', password: 'demo', subject: '33333333-3333-4333-8333-333333333333', name: 'Nia Organiser' },
  analyst: { username: 'analyst', password: 'demo', subject: '44444444-4444-4444-8444-444444444444', name: 'Ana Analyst' },
} as const;

export type DemoUser = (typeof users)[keyof typeof users];
