import { SurveyPoster } from '@/features/surveys/components/survey-poster';
import { SurveyFrame } from './survey-frame';

/** `/surveys/:id/poster` — an A4 poster with the survey's QR code, for printing. */
export function SurveyPosterRoute() {
  return (
    <SurveyFrame page="Poster">
      {({ survey, place }) => (
        <>
          <title>{`Poster – ${survey.title} – Kickstart`}</title>
          <h1 className="page-header__title poster-page__title">Poster for “{survey.title}”</h1>
          <SurveyPoster survey={survey} placeName={place?.name} />
        </>
      )}
    </SurveyFrame>
  );
}
