import type { UserManager } from 'oidc-client-ts';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App({ userManager }: { userManager: UserManager }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient} userManager={userManager}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
