import { useNavigate } from 'react-router';
import { Loading } from '@/components/spinner';
import { EditSurveyForm } from '@/features/surveys/components/edit-survey-form';
import { paths } from '@/lib/paths';
import { SurveyCannotChange } from './survey-cannot-change';
import { SurveyFrame } from './survey-frame';

/** `/surveys/:id/edit` — change a survey (its questions only while nobody has answered). */
export function SurveyEditRoute() {
  const navigate = useNavigate();
  return (
    <SurveyFrame page="Edit">
      {({ survey, place, canWrite, accessReady, reload }) => {
        if (!accessReady) return <Loading label="Checking what you can change…" />;
        if (!canWrite) return <SurveyCannotChange surveyId={survey.id} placeName={place?.name} />;
        return (
          <>
            <title>{`Edit ${survey.title} – Kickstart`}</title>
            <header className="page-header">
              <h1 className="page-header__title">Edit “{survey.title}”</h1>
            </header>
            <EditSurveyForm
              survey={survey}
              place={{ id: survey.placeId, name: place?.name ?? 'this place' }}
              cancelTo={paths.survey(survey.id)}
              onReload={reload}
              onSaved={(saved) => {
                void navigate(paths.survey(saved.id));
              }}
            />
          </>
        );
      }}
    </SurveyFrame>
  );
}
