import { SURVEY_STATUS_LABELS } from '../lib/labels';
import type { SurveyStatus } from '../types';

/** A survey's status as a small badge: Draft, Open or Closed. */
export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  return (
    <span className={`survey-status survey-status--${status}`}>
      <span className="visually-hidden">Status: </span>
      {SURVEY_STATUS_LABELS[status]}
    </span>
  );
}
