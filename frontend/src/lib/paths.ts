/** The app's routes, in one place so links and the router agree. */
export const paths = {
  home: '/',
  places: '/places',
  newPlace: '/places/new',
  place: (slug: string) => `/places/${encodeURIComponent(slug)}`,
  editPlace: (slug: string) => `/places/${encodeURIComponent(slug)}/edit`,
  account: '/account',
  authCallback: '/auth/callback',
} as const;
