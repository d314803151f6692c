import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '@/components/layout/layout';
import { Loading } from '@/components/spinner';
import { placeQueryOptions } from '@/features/places/api/get-place';
import { AuthCallbackRoute } from './routes/auth-callback';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { PlaceRoute } from './routes/place';
import { PlaceOverviewRoute } from './routes/place-overview';
import { PlacesRoute } from './routes/places';
import { RouteError } from './routes/route-error';

// Pages other than the first ones people open (home, places, a place's overview) load their code
// in a chunk of their own the first time they are opened, so the app starts with less to run.

/** The place hub's sections, under `/places/:slug`. */
export const placeSections: RouteObject[] = [
  { index: true, element: <PlaceOverviewRoute /> },
  { path: 'partnership', lazy: async () => ({ Component: (await import('./routes/place-partnership')).PlacePartnershipRoute }) },
  { path: 'partnership/add', lazy: async () => ({ Component: (await import('./routes/add-member')).AddMemberRoute }) },
  { path: 'partnership/:partnerId', lazy: async () => ({ Component: (await import('./routes/edit-member')).EditMemberRoute }) },
  { path: 'neighbourhoods', lazy: async () => ({ Component: (await import('./routes/place-neighbourhoods')).PlaceNeighbourhoodsRoute }) },
  { path: 'organisers', lazy: async () => ({ Component: (await import('./routes/place-organisers')).PlaceOrganisersRoute }) },
  { path: 'spaces', lazy: async () => ({ Component: (await import('./routes/place-spaces')).PlaceSpacesRoute }) },
  { path: 'spaces/new', lazy: async () => ({ Component: (await import('./routes/new-space')).NewSpaceRoute }) },
  { path: 'whats-on', lazy: async () => ({ Component: (await import('./routes/place-whats-on')).PlaceWhatsOnRoute }) },
  { path: 'events/new', lazy: async () => ({ Component: (await import('./routes/new-event')).NewEventRoute }) },
  { path: 'insights', lazy: async () => ({ Component: (await import('./routes/place-insights')).PlaceInsightsRoute }) },
  { path: 'surveys', lazy: async () => ({ Component: (await import('./routes/place-surveys')).PlaceSurveysRoute }) },
  { path: 'surveys/new', lazy: async () => ({ Component: (await import('./routes/place-surveys-new')).PlaceSurveysNewRoute }) },
];

/** The app's pages; with a query client, a place's data starts loading while its page's code does. */
export function appRoutes(queryClient?: QueryClient): RouteObject[] {
  return [
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
            { path: 'places/new', lazy: async () => ({ Component: (await import('./routes/new-place')).NewPlaceRoute }) },
            {
              path: 'places/:slug',
              element: <PlaceRoute />,
              children: placeSections,
              loader: ({ params }) => {
                if (queryClient && params.slug) queryClient.query(placeQueryOptions(params.slug)).catch(() => undefined);
                return null;
              },
            },
            { path: 'places/:slug/edit', lazy: async () => ({ Component: (await import('./routes/edit-place')).EditPlaceRoute }) },
            { path: 'partners', lazy: async () => ({ Component: (await import('./routes/partners')).PartnersRoute }) },
            { path: 'partners/new', lazy: async () => ({ Component: (await import('./routes/new-partner')).NewPartnerRoute }) },
            { path: 'partners/:id', lazy: async () => ({ Component: (await import('./routes/partner')).PartnerRoute }) },
            { path: 'partners/:id/edit', lazy: async () => ({ Component: (await import('./routes/edit-partner')).EditPartnerRoute }) },
            { path: 'spaces/:id', lazy: async () => ({ Component: (await import('./routes/space')).SpaceRoute }) },
            { path: 'spaces/:id/edit', lazy: async () => ({ Component: (await import('./routes/edit-space')).EditSpaceRoute }) },
            { path: 'events/:id', lazy: async () => ({ Component: (await import('./routes/event')).EventRoute }) },
            { path: 'events/:id/edit', lazy: async () => ({ Component: (await import('./routes/edit-event')).EditEventRoute }) },
            { path: 'surveys/:id', lazy: async () => ({ Component: (await import('./routes/survey')).SurveyRoute }) },
            { path: 'surveys/:id/edit', lazy: async () => ({ Component: (await import('./routes/survey-edit')).SurveyEditRoute }) },
            { path: 'surveys/:id/poster', lazy: async () => ({ Component: (await import('./routes/survey-poster')).SurveyPosterRoute }) },
            { path: 'surveys/:id/enter', lazy: async () => ({ Component: (await import('./routes/survey-enter')).SurveyEnterRoute }) },
            { path: 'surveys/:id/import', lazy: async () => ({ Component: (await import('./routes/survey-import')).SurveyImportRoute }) },
            { path: 'account', lazy: async () => ({ Component: (await import('./routes/account')).AccountRoute }) },
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
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
