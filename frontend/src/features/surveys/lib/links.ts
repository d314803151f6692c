import { paths } from '@/lib/paths';

/** The address residents open, on this site: `<origin>/s/<publicToken>`. */
export function publicSurveyUrl(token: string, origin: string = window.location.origin): string {
  return `${origin}${paths.publicSurvey(token)}`;
}
