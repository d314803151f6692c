import { useNavigate } from 'react-router';
import { SurveyDetails } from '@/features/surveys/components/survey-details';
import { paths } from '@/lib/paths';
import { SurveyFrame } from './survey-frame';

/** `/surveys/:id` — a survey: its status, link and poster, responses and downloads, questions. */
export function SurveyRoute() {
  const navigate = useNavigate();
  return (
    <SurveyFrame>
      {({ survey, place, canWrite, canExport, reload }) => (
        <>
          <title>{`${survey.title}${place ? ` – ${place.name}` : ''} – Kickstart`}</title>
          <SurveyDetails
            survey={survey}
            place={place}
            canWrite={canWrite}
            canExport={canExport}
            onReload={reload}
            onDeleted={(deleted) => {
              void navigate(place ? paths.placeSurveys(place.slug) : paths.places, {
                replace: true,
                state: { notice: `The survey “${deleted.title}” has been deleted.` },
              });
            }}
          />
        </>
      )}
    </SurveyFrame>
  );
}
