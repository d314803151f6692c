import { publicSurveyUrl } from '../lib/links';
import type { Survey } from '../types';
import { CopyButton } from './copy-button';

/** The survey's public link, ready to copy, with a word on whether it works yet. */
export function PublicLink({ survey }: { survey: Survey }) {
  const url = publicSurveyUrl(survey.publicToken);
  return (
    <div className="public-link">
      <label className="field__label" htmlFor="public-link">
        Link for residents
      </label>
      <p className="field__hint" id="public-link-hint">
        {survey.status === 'open'
          ? 'Share it by email, on social media or on a poster. Anyone with the link can answer; no account needed.'
          : survey.status === 'draft'
            ? 'It starts working once you open the survey.'
            : 'The survey is closed, so the link shows a “closed” message.'}
      </p>
      <div className="public-link__row">
        <input
          id="public-link"
          className="input public-link__input"
          type="text"
          readOnly
          value={url}
          aria-describedby="public-link-hint"
          onFocus={(event) => {
            event.target.select();
          }}
        />
        <CopyButton text={url} what="the survey link" selectId="public-link" label="Copy link" name="Copy link for residents" />
      </div>
    </div>
  );
}
