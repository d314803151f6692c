import { useParams } from 'react-router';
import { PublicSurveyForm } from '@/features/surveys/components/public-survey-form';

/** `/s/:token` — a survey as residents answer it: no sign-in, one question at a time. */
export function PublicSurveyRoute() {
  const { token = '' } = useParams();
  // A new token is a new survey: start it afresh.
  return <PublicSurveyForm key={token} token={token} />;
}
