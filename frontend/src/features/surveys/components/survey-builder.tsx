import { useMemo, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { FormActions } from '@/components/form-actions';
import { FormField, FormFieldset } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { ProblemSummary } from '@/components/problem-summary';
import { Loading } from '@/components/spinner';
import { StaleSummary } from '@/components/stale-summary';
import { pluralise } from '@/lib/format';
import { hasStatus, splitFieldErrors } from '@/lib/problem';
import { useSurveyPlaceEvents } from '../api/list-events';
import { useQuestions } from '../api/list-questions';
import { useSurveyPlaceSpaces } from '../api/list-spaces';
import { useSurveyTemplates } from '../api/list-survey-templates';
import { commonLanguages, questionsFor } from '../lib/bank';
import { languageName } from '../lib/labels';
import {
  applyTemplate,
  checkSurveyForm,
  fieldId,
  formKeyFor,
  INTRO_LIMIT,
  offeredLanguages,
  TITLE_LIMIT,
  toFormValues,
  toSurveyInput,
  type SurveyFormErrors,
  type SurveyFormValues,
} from '../lib/survey-form';
import type { Question, Survey, SurveyInput, SurveyTemplate } from '../types';
import { ChosenQuestions } from './chosen-questions';
import { QuestionPicker } from './question-picker';
import { SurveyPreview } from './survey-preview';
import { TargetPicker } from './target-picker';
import { TemplatePicker } from './template-picker';
import '../surveys.css';

const LABELS: Record<string, string> = {
  title: 'Title',
  intro: 'Introduction',
  questions: 'Questions',
  languages: 'Languages',
  spaceId: 'Space',
  eventId: 'Event',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
};

function labelFor(key: string): string {
  const translation = /^translations\.([^.]+)\.(title|intro)$/.exec(key);
  if (translation?.[1] && translation[2]) return `${translation[2] === 'title' ? 'Title' : 'Introduction'} in ${languageName(translation[1])}`;
  return LABELS[key] ?? key;
}

export interface SurveyBuilderProps {
  place: { id: string; name: string };
  /** The survey being edited; absent when making a new one. */
  initial?: Survey;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The last failed submission, usually a problem+json from the API. */
  error: unknown;
  onSubmit: (input: SurveyInput) => void;
  cancelTo: string;
  /** Fetches the survey again after someone else changed it (412). */
  onReload?: () => void;
  /** The level of the builder's section headings: 2 on a page of its own, 3 inside a place's page. */
  headingLevel?: 2 | 3;
}

/** Loads the question bank and templates, then shows the builder. */
export function SurveyBuilder(props: SurveyBuilderProps) {
  const questions = useQuestions();
  const templates = useSurveyTemplates();
  if (questions.isPending || templates.isPending) return <Loading label="Loading the question bank…" />;
  if (questions.isError || templates.isError) {
    return (
      <ErrorPanel
        error={questions.error ?? templates.error}
        headingLevel={3}
        title="The question bank could not be loaded"
        onRetry={() => {
          void questions.refetch();
          void templates.refetch();
        }}
        retrying={questions.isRefetching || templates.isRefetching}
      />
    );
  }
  return <SurveyBuilderForm {...props} bank={questions.data} templates={templates.data} />;
}

interface SurveyBuilderFormProps extends SurveyBuilderProps {
  bank: Question[];
  templates: SurveyTemplate[];
}

/**
 * The survey builder: start from a template or pick from the bank (grouped by topic, with
 * sources), mark questions required, reorder them, choose languages the questions are all
 * translated into, say what the survey is about and when it is open — with a live preview.
 */
function SurveyBuilderForm({
  place,
  initial,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
  cancelTo,
  onReload,
  headingLevel = 3,
  bank,
  templates,
}: SurveyBuilderFormProps) {
  const Section = headingLevel === 2 ? 'h2' : 'h3';
  const Subsection = headingLevel === 2 ? 'h3' : 'h4';
  const [values, setValues] = useState<SurveyFormValues>(() => toFormValues(initial));
  const [clientErrors, setClientErrors] = useState<SurveyFormErrors | null>(null);
  const [templateNotice, setTemplateNotice] = useState('');
  const questionsLocked = (initial?.responseCount ?? 0) > 0;
  // Shared with the target picker's lists, for the preview's “about” line.
  const spaces = useSurveyPlaceSpaces(place.id, { enabled: values.target === 'space' });
  const events = useSurveyPlaceEvents(place.id, { enabled: values.target === 'event' });

  const chosenQuestions = useMemo(() => questionsFor(values.questions, bank), [values.questions, bank]);
  const available = useMemo(() => commonLanguages(chosenQuestions), [chosenQuestions]);
  const languages = offeredLanguages(values, available);
  const dropped = values.languages.filter((language) => !available.includes(language));
  const chosenCodes = useMemo(() => new Set(values.questions.map((question) => question.code)), [values.questions]);

  const server = splitFieldErrors(error, formKeyFor);
  const errors: SurveyFormErrors = clientErrors ?? server.byField;
  const stale = hasStatus(error, 412);

  const set = (change: Partial<SurveyFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
  };

  const chooseStart = (choice: SurveyTemplate['id'] | 'own') => {
    if (choice === 'own') {
      set({ startedFrom: 'own' });
      setTemplateNotice('');
      return;
    }
    const template = templates.find((item) => item.id === choice);
    if (!template) return;
    setValues((current) => applyTemplate(current, template));
    setTemplateNotice(`The ${pluralise(template.questions.length, 'question')} of “${template.title}” are now the survey’s questions. Change them below.`);
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkSurveyForm(values, available);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    onSubmit(toSurveyInput(values, place.id, available));
  };

  const order = [
    'title',
    'intro',
    'questions',
    'languages',
    ...languages.flatMap((language) => [`translations.${language}.title`, `translations.${language}.intro`]),
    'spaceId',
    'eventId',
    'opensOn',
    'closesOn',
  ];
  const fieldItems: SummaryItem[] = order.flatMap((key) => {
    const message = errors[key];
    return message ? [{ fieldId: fieldId(key), message: `${labelFor(key)}: ${message}` }] : [];
  });

  let summary = null;
  if (clientErrors && fieldItems.length > 0) {
    summary = <ErrorSummary title="There is a problem" items={fieldItems} />;
  } else if (stale) {
    summary = <StaleSummary thing="survey" onReload={onReload} />;
  } else if (error !== null && error !== undefined) {
    summary = <ProblemSummary error={error} items={[...fieldItems, ...server.other.map((message) => ({ message }))]} />;
  }

  const about =
    values.target === 'space'
      ? spaces.data?.find((space) => space.id === values.spaceId)?.name
      : values.target === 'event'
        ? events.data?.find((item) => item.id === values.eventId)?.title
        : undefined;

  return (
    <div className="survey-builder">
      <form className="form survey-builder__form" onSubmit={handleSubmit} noValidate aria-busy={pending}>
        {summary}

        {initial ? null : (
          <section className="form-section" aria-labelledby="builder-start">
            <Section id="builder-start" className="form-section__title">
              1. Questions to start from
            </Section>
            <TemplatePicker id={fieldId('start')} templates={templates} value={values.startedFrom} onChoose={chooseStart} />
            {templateNotice ? <Notice tone="success">{templateNotice}</Notice> : null}
          </section>
        )}

        <section className="form-section" aria-labelledby="builder-questions">
          <Section id="builder-questions" className="form-section__title">
            {initial ? 'Questions' : '2. Questions'}
          </Section>
          <p className="field__hint">
            In the order residents see them. Mark a question required if an answer without it is no use to you; keep the rest
            optional.
          </p>
          {questionsLocked ? (
            <Notice tone="warning">
              People have already answered this survey, so its questions can’t change. You can still change its title,
              introduction, languages and dates.
            </Notice>
          ) : null}
          <ChosenQuestions
            id={fieldId('questions')}
            questions={values.questions}
            bank={bank}
            locked={questionsLocked}
            error={errors.questions}
            onChange={(questions) => {
              set({ questions, startedFrom: values.startedFrom === '' ? 'own' : values.startedFrom });
            }}
          />
          {questionsLocked ? null : (
            <>
              <Subsection className="survey-builder__subtitle">The question bank</Subsection>
              <p className="field__hint">
                Recognised measures with their exact wording, so your results can be compared with national figures.
              </p>
              <QuestionPicker
                bank={bank}
                chosen={chosenCodes}
                onToggle={(code, chosen) => {
                  setValues((current) => ({
                    ...current,
                    startedFrom: current.startedFrom === '' ? 'own' : current.startedFrom,
                    questions: chosen
                      ? [...current.questions.filter((question) => question.code !== code), { code, required: false }]
                      : current.questions.filter((question) => question.code !== code),
                  }));
                }}
              />
            </>
          )}
        </section>

        <section className="form-section" aria-labelledby="builder-text">
          <Section id="builder-text" className="form-section__title">
            {initial ? 'Title and introduction' : '3. Title and introduction'}
          </Section>
          <FormField id={fieldId('title')} label="Title" hint="Residents see it first. Keep it short and friendly." error={errors.title}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                autoComplete="off"
                maxLength={TITLE_LIMIT}
                value={values.title}
                onChange={(event) => {
                  set({ title: event.target.value });
                }}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('intro')}
            label="Introduction"
            hint="Why you are asking and what you will do with the answers."
            error={errors.intro}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea textarea--short"
                rows={3}
                maxLength={INTRO_LIMIT}
                value={values.intro}
                onChange={(event) => {
                  set({ intro: event.target.value });
                }}
              />
            )}
          </FormField>
        </section>

        <section className="form-section" aria-labelledby="builder-languages">
          <Section id="builder-languages" className="form-section__title">
            {initial ? 'Languages' : '4. Languages'}
          </Section>
          <FormFieldset
            id={fieldId('languages')}
            legend="Offer it in"
            hint="English always. Other languages can be offered when every chosen question is translated into them."
            error={errors.languages}
          >
            <ul className="choices choices--inline">
              <li className="choice">
                <input id={`${fieldId('languages')}-en`} className="choice__input" type="checkbox" checked disabled />
                <label className="choice__label" htmlFor={`${fieldId('languages')}-en`}>
                  English
                </label>
              </li>
              {available.map((language, index) => {
                const id = index === 0 ? fieldId('languages') : `${fieldId('languages')}-${language}`;
                return (
                  <li key={language} className="choice">
                    <input
                      id={id}
                      className="choice__input"
                      type="checkbox"
                      checked={values.languages.includes(language)}
                      onChange={(event) => {
                        const chosen = event.target.checked;
                        setValues((current) => ({
                          ...current,
                          languages: chosen
                            ? [...current.languages.filter((item) => item !== language), language]
                            : current.languages.filter((item) => item !== language),
                          translations: chosen
                            ? { [language]: { title: '', intro: '' }, ...current.translations }
                            : current.translations,
                        }));
                      }}
                    />
                    <label className="choice__label" htmlFor={id} lang={language}>
                      {languageName(language)}
                    </label>
                  </li>
                );
              })}
            </ul>
            {available.length === 0 ? (
              <p className="field__hint">
                {values.questions.length === 0
                  ? 'Choose questions first.'
                  : 'The chosen questions are not all translated into another language yet, so English is the only choice.'}
              </p>
            ) : null}
          </FormFieldset>
          {dropped.length > 0 ? (
            <Notice tone="warning">
              {dropped.map(languageName).join(' and ')} can’t be offered any more: not every chosen question is translated into{' '}
              {dropped.length === 1 ? 'it' : 'them'}.
            </Notice>
          ) : null}
          {languages.map((language) => {
            const text = values.translations[language] ?? { title: '', intro: '' };
            const setText = (change: Partial<{ title: string; intro: string }>) => {
              setValues((current) => ({
                ...current,
                translations: { ...current.translations, [language]: { ...text, ...change } },
              }));
            };
            return (
              <fieldset key={language} className="form-section survey-builder__translation">
                <legend className="field__label">In {languageName(language)}</legend>
                <FormField
                  id={fieldId(`translations.${language}.title`)}
                  label={`Title in ${languageName(language)}`}
                  hint="Without it, residents reading in this language see the English title."
                  error={errors[`translations.${language}.title`]}
                  optional
                >
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      type="text"
                      lang={language}
                      maxLength={TITLE_LIMIT}
                      value={text.title}
                      onChange={(event) => {
                        setText({ title: event.target.value });
                      }}
                    />
                  )}
                </FormField>
                <FormField
                  id={fieldId(`translations.${language}.intro`)}
                  label={`Introduction in ${languageName(language)}`}
                  error={errors[`translations.${language}.intro`]}
                  optional
                >
                  {(control) => (
                    <textarea
                      {...control}
                      className="input textarea textarea--short"
                      rows={3}
                      lang={language}
                      maxLength={INTRO_LIMIT}
                      value={text.intro}
                      onChange={(event) => {
                        setText({ intro: event.target.value });
                      }}
                    />
                  )}
                </FormField>
              </fieldset>
            );
          })}
        </section>

        <section className="form-section" aria-labelledby="builder-about">
          <Section id="builder-about" className="form-section__title">
            {initial ? 'What it is about, and when' : '5. What it is about, and when'}
          </Section>
          <TargetPicker
            placeId={place.id}
            placeName={place.name}
            target={values.target}
            spaceId={values.spaceId}
            eventId={values.eventId}
            onChange={(change) => {
              set(change);
            }}
            spaceError={errors.spaceId}
            eventError={errors.eventId}
            ids={{ target: fieldId('target'), space: fieldId('spaceId'), event: fieldId('eventId') }}
          />
          <div className="survey-builder__dates">
            <FormField id={fieldId('opensOn')} label="Opens on" hint="The link starts taking answers on this day, once you have opened the survey." error={errors.opensOn} optional>
              {(control) => (
                <input
                  {...control}
                  className="input input--short"
                  type="date"
                  value={values.opensOn}
                  onChange={(event) => {
                    set({ opensOn: event.target.value });
                  }}
                />
              )}
            </FormField>
            <FormField id={fieldId('closesOn')} label="Closes on" hint="The link stops taking answers after this day." error={errors.closesOn} optional>
              {(control) => (
                <input
                  {...control}
                  className="input input--short"
                  type="date"
                  min={values.opensOn || undefined}
                  value={values.closesOn}
                  onChange={(event) => {
                    set({ closesOn: event.target.value });
                  }}
                />
              )}
            </FormField>
          </div>
        </section>

        <FormActions pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel}>
          <Link to={cancelTo} className="button button--quiet">
            Cancel
          </Link>
        </FormActions>
      </form>

      <aside className="survey-builder__preview" aria-label="Preview">
        <SurveyPreview
          headingLevel={headingLevel}
          bank={bank}
          source={{
            title: values.title,
            intro: values.intro,
            placeName: place.name,
            about,
            closesOn: values.closesOn || undefined,
            questions: values.questions,
            languages,
            translations: Object.fromEntries(
              languages.map((language) => [
                language,
                { title: values.translations[language]?.title ?? '', intro: values.translations[language]?.intro ?? '' },
              ]),
            ),
          }}
        />
      </aside>
    </div>
  );
}
