import { ConfirmAction } from '@/components/confirm-action';
import { ErrorSummary } from '@/components/error-summary';
import { explainError } from '@/components/explain-error';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus } from '@/lib/problem';
import { useDeleteSurvey } from '../api/delete-survey';
import type { Survey } from '../types';

/** Deletes a survey nobody has answered yet (the API refuses one with responses: close it instead). */
export function DeleteSurvey({ survey, onDeleted, onReload }: { survey: Survey; onDeleted: (survey: Survey) => void; onReload: () => void }) {
  const mutation = useDeleteSurvey();
  let error = null;
  if (hasStatus(mutation.error, 412)) {
    error = (
      <StaleSummary
        thing="survey"
        onReload={() => {
          mutation.reset();
          onReload();
        }}
      />
    );
  } else if (mutation.error) {
    const explained = explainError(mutation.error);
    error = (
      <ErrorSummary
        title={hasStatus(mutation.error, 409) ? 'This survey can’t be deleted' : explained.title}
        description={<p>{explained.detail || 'Please try again.'}</p>}
        items={[]}
      />
    );
  }
  return (
    <ConfirmAction
      triggerLabel="Delete survey"
      triggerAccessibleLabel={`Delete the survey “${survey.title}”`}
      question={`Delete “${survey.title}”?`}
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      pending={mutation.isPending}
      error={error}
      onCancel={() => {
        mutation.reset();
      }}
      onConfirm={() => {
        mutation.mutate(survey, {
          onSuccess: () => {
            onDeleted(survey);
          },
        });
      }}
    >
      <p>Nobody has answered it yet, so nothing is lost. Its link and QR code stop working.</p>
    </ConfirmAction>
  );
}
