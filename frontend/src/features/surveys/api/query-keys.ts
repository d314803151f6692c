export const surveyKeys = {
  all: ['surveys'] as const,
  lists: () => [...surveyKeys.all, 'list'] as const,
  list: (placeId: string) => [...surveyKeys.lists(), placeId] as const,
  details: () => [...surveyKeys.all, 'detail'] as const,
  detail: (id: string) => [...surveyKeys.details(), id] as const,
  questions: () => [...surveyKeys.all, 'questions'] as const,
  templates: () => [...surveyKeys.all, 'templates'] as const,
  publicSurvey: (token: string, language: string | undefined) => [...surveyKeys.all, 'public', token, language ?? ''] as const,
  // What the survey pages show about other things, cached under this feature's own keys.
  place: (placeId: string) => [...surveyKeys.all, 'place', placeId] as const,
  spaces: (placeId: string) => [...surveyKeys.all, 'spaces', placeId] as const,
  events: (placeId: string) => [...surveyKeys.all, 'events', placeId] as const,
};
