import { useUpdateSurvey } from '../api/update-survey';
import type { Survey } from '../types';
import { SurveyBuilder } from './survey-builder';

export interface EditSurveyFormProps {
  survey: Survey;
  place: { id: string; name: string };
  cancelTo: string;
  onSaved: (survey: Survey) => void;
  /** Fetches the survey again (after someone else changed it). */
  onReload: () => void;
}

/** The builder for an existing survey, wired to `PUT /api/v1/surveys/{id}` with If-Match. */
export function EditSurveyForm({ survey, place, cancelTo, onSaved, onReload }: EditSurveyFormProps) {
  const mutation = useUpdateSurvey();
  return (
    <SurveyBuilder
      // A fresh version after “Reload” starts the form again from the server's values.
      key={`${survey.id}:${String(survey.version)}`}
      place={place}
      initial={survey}
      headingLevel={2}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={cancelTo}
      onReload={() => {
        mutation.reset();
        onReload();
      }}
      onSubmit={(input) => {
        mutation.mutate({ survey, input }, { onSuccess: onSaved });
      }}
    />
  );
}
