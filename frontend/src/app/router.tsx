import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '@/components/layout/layout';
import { Loading } from '@/components/spinner';
import { AccountRoute } from './routes/account';
import { AddMemberRoute } from './routes/add-member';
import { AuthCallbackRoute } from './routes/auth-callback';
import { EditMemberRoute } from './routes/edit-member';
import { EditPartnerRoute } from './routes/edit-partner';
import { EditPlaceRoute } from './routes/edit-place';
import { EditSpaceRoute } from './routes/edit-space';
import { HomeRoute } from './routes/home';
import { NewPartnerRoute } from './routes/new-partner';
import { NewPlaceRoute } from './routes/new-place';
import { NewSpaceRoute } from './routes/new-space';
import { NotFoundRoute } from './routes/not-found';
import { PartnerRoute } from './routes/partner';
import { PartnersRoute } from './routes/partners';
import { PlaceRoute } from './routes/place';
import { PlaceNeighbourhoodsRoute } from './routes/place-neighbourhoods';
import { PlaceOrganisersRoute } from './routes/place-organisers';
import { PlaceOverviewRoute } from './routes/place-overview';
import { PlacePartnershipRoute } from './routes/place-partnership';
import { PlaceSpacesRoute } from './routes/place-spaces';
import { PlacesRoute } from './routes/places';
import { RouteError } from './routes/route-error';
import { SpaceRoute } from './routes/space';

/** The place hub's sections, under `/places/:slug`. */
export const placeSections: RouteObject[] = [
  { index: true, element: <PlaceOverviewRoute /> },
  { path: 'partnership', element: <PlacePartnershipRoute /> },
  { path: 'partnership/add', element: <AddMemberRoute /> },
  { path: 'partnership/:partnerId', element: <EditMemberRoute /> },
  { path: 'neighbourhoods', element: <PlaceNeighbourhoodsRoute /> },
  { path: 'organisers', element: <PlaceOrganisersRoute /> },
  { path: 'spaces', element: <PlaceSpacesRoute /> },
  { path: 'spaces/new', element: <NewSpaceRoute /> },
  // Events load in their own chunk the first time one of their pages is opened.
  { path: 'whats-on', lazy: async () => ({ Component: (await import('./routes/place-whats-on')).PlaceWhatsOnRoute }) },
  { path: 'events/new', lazy: async () => ({ Component: (await import('./routes/new-event')).NewEventRoute }) },
  // The Insights dashboard (charts, map) loads in its own chunk too.
  { path: 'insights', lazy: async () => ({ Component: (await import('./routes/place-insights')).PlaceInsightsRoute }) },
  // Surveys too.
  { path: 'surveys', lazy: async () => ({ Component: (await import('./routes/place-surveys')).PlaceSurveysRoute }) },
  { path: 'surveys/new', lazy: async () => ({ Component: (await import('./routes/place-surveys-new')).PlaceSurveysNewRoute }) },
];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        // Shown inside the layout while a page's code loads when the app opens on it.
        hydrateFallbackElement: <Loading label="Loading the page…" />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'places', element: <PlacesRoute /> },
          { path: 'places/new', element: <NewPlaceRoute /> },
          { path: 'places/:slug', element: <PlaceRoute />, children: placeSections },
          { path: 'places/:slug/edit', element: <EditPlaceRoute /> },
          { path: 'partners', element: <PartnersRoute /> },
          { path: 'partners/new', element: <NewPartnerRoute /> },
          { path: 'partners/:id', element: <PartnerRoute /> },
          { path: 'partners/:id/edit', element: <EditPartnerRoute /> },
          { path: 'spaces/:id', element: <SpaceRoute /> },
          { path: 'spaces/:id/edit', element: <EditSpaceRoute /> },
          { path: 'events/:id', lazy: async () => ({ Component: (await import('./routes/event')).EventRoute }) },
          { path: 'events/:id/edit', lazy: async () => ({ Component: (await import('./routes/edit-event')).EditEventRoute }) },
          { path: 'surveys/:id', lazy: async () => ({ Component: (await import('./routes/survey')).SurveyRoute }) },
          { path: 'surveys/:id/edit', lazy: async () => ({ Component: (await import('./routes/survey-edit')).SurveyEditRoute }) },
          { path: 'surveys/:id/poster', lazy: async () => ({ Component: (await import('./routes/survey-poster')).SurveyPosterRoute }) },
          { path: 'surveys/:id/enter', lazy: async () => ({ Component: (await import('./routes/survey-enter')).SurveyEnterRoute }) },
          { path: 'surveys/:id/import', lazy: async () => ({ Component: (await import('./routes/survey-import')).SurveyImportRoute }) },
          { path: 'account', element: <AccountRoute /> },
          { path: 'auth/callback', element: <AuthCallbackRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
  {
    // Residents answer surveys here without signing in, in a lighter frame than the app's.
    path: 's',
    lazy: async () => ({ Component: (await import('./routes/public-survey-shell')).PublicSurveyShellRoute }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading label="Loading…" />,
    children: [
      { path: 'withdraw', lazy: async () => ({ Component: (await import('./routes/public-survey-withdraw')).PublicSurveyWithdrawRoute }) },
      { path: ':token', lazy: async () => ({ Component: (await import('./routes/public-survey')).PublicSurveyRoute }) },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
