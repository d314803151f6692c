import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '@/components/layout/layout';
import { AccountRoute } from './routes/account';
import { AuthCallbackRoute } from './routes/auth-callback';
import { EditPlaceRoute } from './routes/edit-place';
import { HomeRoute } from './routes/home';
import { NewPlaceRoute } from './routes/new-place';
import { NotFoundRoute } from './routes/not-found';
import { PlaceRoute } from './routes/place';
import { PlacesRoute } from './routes/places';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'places', element: <PlacesRoute /> },
          { path: 'places/new', element: <NewPlaceRoute /> },
          { path: 'places/:slug', element: <PlaceRoute /> },
          { path: 'places/:slug/edit', element: <EditPlaceRoute /> },
          { path: 'account', element: <AccountRoute /> },
          { path: 'auth/callback', element: <AuthCallbackRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
