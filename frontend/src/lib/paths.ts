/** The app's routes, in one place so links and the router agree. */
const place = (slug: string) => `/places/${encodeURIComponent(slug)}`;
const partner = (id: string) => `/partners/${encodeURIComponent(id)}`;
const space = (id: string) => `/spaces/${encodeURIComponent(id)}`;
const event = (id: string) => `/events/${encodeURIComponent(id)}`;
const survey = (id: string) => `/surveys/${encodeURIComponent(id)}`;

export const paths = {
  home: '/',
  places: '/places',
  newPlace: '/places/new',
  place,
  editPlace: (slug: string) => `${place(slug)}/edit`,
  placePartnership: (slug: string) => `${place(slug)}/partnership`,
  addMember: (slug: string) => `${place(slug)}/partnership/add`,
  editMember: (slug: string, partnerId: string) => `${place(slug)}/partnership/${encodeURIComponent(partnerId)}`,
  placeNeighbourhoods: (slug: string) => `${place(slug)}/neighbourhoods`,
  placeOrganisers: (slug: string) => `${place(slug)}/organisers`,
  placeSpaces: (slug: string) => `${place(slug)}/spaces`,
  newSpace: (slug: string) => `${place(slug)}/spaces/new`,
  space,
  editSpace: (id: string) => `${space(id)}/edit`,
  placeWhatsOn: (slug: string) => `${place(slug)}/whats-on`,
  placeInsights: (slug: string) => `${place(slug)}/insights`,
  newEvent: (slug: string) => `${place(slug)}/events/new`,
  event,
  editEvent: (id: string) => `${event(id)}/edit`,
  partners: '/partners',
  newPartner: '/partners/new',
  partner,
  editPartner: (id: string) => `${partner(id)}/edit`,
  placeSurveys: (slug: string) => `${place(slug)}/surveys`,
  newSurvey: (slug: string) => `${place(slug)}/surveys/new`,
  survey,
  editSurvey: (id: string) => `${survey(id)}/edit`,
  surveyPoster: (id: string) => `${survey(id)}/poster`,
  enterResponses: (id: string) => `${survey(id)}/enter`,
  importResponses: (id: string) => `${survey(id)}/import`,
  /** The public form residents answer, with no sign-in. */
  publicSurvey: (token: string) => `/s/${encodeURIComponent(token)}`,
  withdrawAnswers: '/s/withdraw',
  account: '/account',
  authCallback: '/auth/callback',
} as const;
