import { PublicShell } from '@/features/surveys/components/public-shell';

/** `/s/...` — the frame of the pages residents use without signing in. */
export function PublicSurveyShellRoute() {
  return <PublicShell />;
}
