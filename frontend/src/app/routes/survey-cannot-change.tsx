import { Link } from 'react-router';
import { paths } from '@/lib/paths';

/** Shown to someone who may read a survey but not change it. */
export function SurveyCannotChange({ surveyId, placeName }: { surveyId: string; placeName: string | undefined }) {
  return (
    <div className="panel">
      <h1 className="panel__title">You can’t change this survey</h1>
      <p className="panel__body">
        Only programme admins and {placeName ? `${placeName}’s` : 'the place’s'} organisers can. Ask a programme admin if you
        think you should be one. <Link to={paths.survey(surveyId)}>Back to the survey</Link>.
      </p>
    </div>
  );
}
