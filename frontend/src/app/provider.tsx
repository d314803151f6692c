import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { UserManager } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { AuthProvider } from '@/lib/auth';

export interface AppProviderProps {
  queryClient: QueryClient;
  userManager: UserManager;
  children: ReactNode;
}

export function AppProvider({ queryClient, userManager, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider userManager={userManager}>{children}</AuthProvider>
    </QueryClientProvider>
  );
}
