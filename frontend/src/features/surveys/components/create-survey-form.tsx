import { useCreateSurvey } from '../api/create-survey';
import type { Survey } from '../types';
import { SurveyBuilder } from './survey-builder';

export interface CreateSurveyFormProps {
  place: { id: string; name: string };
  cancelTo: string;
  onCreated: (survey: Survey) => void;
}

/** The builder for a new survey, wired to `POST /api/v1/surveys`; it starts as a draft. */
export function CreateSurveyForm({ place, cancelTo, onCreated }: CreateSurveyFormProps) {
  const mutation = useCreateSurvey();
  return (
    <SurveyBuilder
      place={place}
      submitLabel="Save as a draft"
      pendingLabel="Saving the survey…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={cancelTo}
      onSubmit={(input) => {
        mutation.mutate(input, { onSuccess: onCreated });
      }}
    />
  );
}
