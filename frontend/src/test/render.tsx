import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AuthContext, type AuthContextValue, type Role } from '@/lib/auth';

/** An auth state for tests: signed out, or signed in with the given roles. */
export function fakeAuth(roles: Role[] | null): AuthContextValue {
  const signedIn = roles !== null;
  const granted: readonly Role[] = roles ?? [];
  return {
    status: signedIn ? 'signed-in' : 'signed-out',
    user: signedIn ? { subject: 'user-1', name: 'Sam Example', username: 'sam', roles: granted } : null,
    roles: granted,
    hasRole: (role) => granted.includes(role),
    signIn: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
    completeSignIn: () => Promise.resolve('/'),
    error: null,
  };
}

export interface RenderOptions {
  auth?: AuthContextValue;
  /** The URL to start at. */
  url?: string;
  /** The route pattern the element is mounted on, e.g. `/places/:slug`. */
  path?: string;
  /** Other routes, e.g. to land on after navigating. */
  routes?: RouteObject[];
  /** Child routes of the element, e.g. a place hub's sections (rendered in its `<Outlet>`). */
  children?: RouteObject[];
}

export function renderWithProviders(element: ReactElement, options: RenderOptions = {}) {
  const { auth = fakeAuth(null), url = '/', path = '*', routes = [], children } = options;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const router = createMemoryRouter([children ? { path, element, children } : { path, element }, ...routes], {
    initialEntries: [url],
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AuthContext.Provider value={auth}>
        <RouterProvider router={router} />
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
