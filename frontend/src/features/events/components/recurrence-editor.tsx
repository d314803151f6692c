import { useId } from 'react';
import { Button } from '@/components/button';
import { FormField, FormFieldset } from '@/components/form-field';
import { formatCount } from '@/lib/format';
import { dayOf, formatLongDate, formatTimeRange, isDate, isTime, todayInLondon, type LocalDateTime } from '../lib/dates';
import {
  POSITIONS,
  POSITION_LABELS,
  buildRule,
  checkRecurrence,
  monthlyWeekdayLabel,
  toRecurrence,
  type RecurrenceErrors,
  type RecurrenceValues,
  type RepeatMode,
} from '../lib/recurrence-form';
import { WEEKDAYS, extent, nextDates, type Freq, type Weekday } from '../lib/rrule';
import { WEEKDAY_NAMES, describeSchedule, ordinalNumber } from '../lib/schedule-words';

/** How many dates the preview lists. */
export const PREVIEW_COUNT = 6;

const FREQ_LABELS: Record<Freq, string> = { DAILY: 'Daily', WEEKLY: 'Weekly', MONTHLY: 'Monthly' };
const UNITS: Record<Freq, [string, string]> = { DAILY: ['day', 'days'], WEEKLY: ['week', 'weeks'], MONTHLY: ['month', 'months'] };

export interface RecurrenceEditorProps {
  /** Prefix for the controls' ids, so an error summary can point at them. */
  idPrefix: string;
  values: RecurrenceValues;
  onChange: (values: RecurrenceValues) => void;
  /** The first (or only) date and its times, from the rest of the form. */
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  /** Problems found when the form was sent, by the form or by the server. */
  errors: RecurrenceErrors;
  /** Moves the first date to one the pattern gives, when it is not one of them. */
  onUseSuggestedStart?: ((date: string) => void) | undefined;
  /** Dates already cancelled, marked in the preview. */
  cancelledDates?: readonly string[];
  headingLevel?: 3 | 4;
}

/**
 * Once, or repeating daily, weekly (on chosen days) or monthly (on the same day, or e.g. the
 * second Tuesday), every N, ending never, on a date or after N times. Shows the rule in words
 * and the next dates it gives, worked out in the browser as the API will.
 */
export function RecurrenceEditor({
  idPrefix,
  values,
  onChange,
  startDate,
  startTime,
  endDate,
  endTime,
  errors,
  onUseSuggestedStart,
  cancelledDates = [],
  headingLevel = 3,
}: RecurrenceEditorProps) {
  const ids = useId();
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (changes: Partial<RecurrenceValues>) => {
    onChange({ ...values, ...changes });
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const knownStart = isDate(startDate);
  // Checked as people choose, so the preview and the way out are always current.
  const live = checkRecurrence(values, startDate);
  const [singular, plural] = UNITS[values.freq];
  const interval = values.interval.trim();
  const unit = interval === '1' ? singular : plural;

  const modes: { mode: RepeatMode; label: string; hint?: string }[] = [
    { mode: 'once', label: 'Once only' },
    { mode: 'repeats', label: 'It repeats' },
  ];
  if (values.custom) {
    modes.push({ mode: 'keep', label: 'Keep its current pattern', hint: values.original });
  }

  return (
    <div className="recurrence">
      <FormFieldset id={id('recurrence')} legend="Does it repeat?" error={errors.recurrence}>
        <ul className="choices choices--inline">
          {modes.map(({ mode, label, hint }, index) => {
            const controlId = index === 0 ? id('recurrence') : `${id('recurrence')}-${mode}`;
            return (
              <li key={mode} className="choice">
                <input
                  id={controlId}
                  className="choice__input"
                  type="radio"
                  name={`${ids}-mode`}
                  checked={values.mode === mode}
                  onChange={() => {
                    set({ mode });
                  }}
                />
                <label className="choice__label" htmlFor={controlId}>
                  {label}
                </label>
                {hint ? <p className="choice__hint">{hint}</p> : null}
              </li>
            );
          })}
        </ul>
      </FormFieldset>

      {values.mode === 'repeats' ? (
        <div className="recurrence__rule">
          <div className="recurrence__row">
            <FormField id={id('freq')} label="Repeats">
              {(control) => (
                <select
                  {...control}
                  className="input select"
                  value={values.freq}
                  onChange={(event) => {
                    const freq = event.target.value as Freq;
                    set({ freq });
                  }}
                >
                  {(['DAILY', 'WEEKLY', 'MONTHLY'] as const).map((freq) => (
                    <option key={freq} value={freq}>
                      {FREQ_LABELS[freq]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id={id('interval')} label="Every" error={errors.interval}>
              {(control) => (
                <span className="recurrence__every">
                  <input
                    {...control}
                    aria-describedby={[control['aria-describedby'], id('interval-unit')].filter(Boolean).join(' ')}
                    className="input recurrence__number"
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={values.interval}
                    onChange={(event) => {
                      set({ interval: event.target.value });
                    }}
                  />
                  <span id={id('interval-unit')}>{unit}</span>
                </span>
              )}
            </FormField>
          </div>

          {values.freq === 'WEEKLY' ? (
            <FormFieldset id={id('weekdays')} legend="On" error={errors.weekdays}>
              <ul className="choices choices--inline recurrence__days">
                {WEEKDAYS.map((day, index) => {
                  const controlId = index === 0 ? id('weekdays') : `${id('weekdays')}-${day}`;
                  return (
                    <li key={day} className="choice">
                      <input
                        id={controlId}
                        className="choice__input"
                        type="checkbox"
                        checked={values.weekdays.includes(day)}
                        onChange={(event) => {
                          const next = event.target.checked ? [...values.weekdays, day] : values.weekdays.filter((item) => item !== day);
                          set({ weekdays: WEEKDAYS.filter((item) => next.includes(item)) });
                        }}
                      />
                      <label className="choice__label" htmlFor={controlId}>
                        {WEEKDAY_NAMES[day]}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </FormFieldset>
          ) : null}

          {values.freq === 'MONTHLY' ? (
            <FormFieldset id={id('monthly')} legend="On">
              <ul className="choices">
                <li className="choice">
                  <input
                    id={id('monthly')}
                    className="choice__input"
                    type="radio"
                    name={`${ids}-monthly`}
                    checked={values.monthlyBy === 'day'}
                    onChange={() => {
                      set({ monthlyBy: 'day' });
                    }}
                  />
                  <label className="choice__label" htmlFor={id('monthly')}>
                    {knownStart ? `The ${ordinalNumber(dayOf(startDate))} of the month` : 'The same day of the month as the first date'}
                  </label>
                </li>
                <li className="choice">
                  <input
                    id={id('monthly-weekday')}
                    className="choice__input"
                    type="radio"
                    name={`${ids}-monthly`}
                    checked={values.monthlyBy === 'weekday'}
                    aria-describedby={id('monthly-weekday-which')}
                    onChange={() => {
                      set({ monthlyBy: 'weekday' });
                    }}
                  />
                  <label className="choice__label" htmlFor={id('monthly-weekday')}>
                    A day of the week: {monthlyWeekdayLabel(values.position, values.weekday)}
                  </label>
                  <span className="choice__hint recurrence__which" id={id('monthly-weekday-which')}>
                    <label className="visually-hidden" htmlFor={id('position')}>
                      Which one in the month
                    </label>
                    <select
                      id={id('position')}
                      className="input select recurrence__select"
                      value={values.position}
                      onChange={(event) => {
                        set({ monthlyBy: 'weekday', position: event.target.value as RecurrenceValues['position'] });
                      }}
                    >
                      {POSITIONS.map((position) => (
                        <option key={position} value={position}>
                          the {POSITION_LABELS[position]}
                        </option>
                      ))}
                    </select>
                    <label className="visually-hidden" htmlFor={id('weekday')}>
                      Day of the week
                    </label>
                    <select
                      id={id('weekday')}
                      className="input select recurrence__select"
                      value={values.weekday}
                      onChange={(event) => {
                        set({ monthlyBy: 'weekday', weekday: event.target.value as Weekday });
                      }}
                    >
                      {WEEKDAYS.map((day) => (
                        <option key={day} value={day}>
                          {WEEKDAY_NAMES[day]}
                        </option>
                      ))}
                    </select>
                  </span>
                </li>
              </ul>
            </FormFieldset>
          ) : null}

          <FormFieldset id={id('ends')} legend="Ends" error={errors.until ?? errors.count}>
            <ul className="choices">
              {(
                [
                  ['never', 'Never'],
                  ['on', 'On a date'],
                  ['after', 'After a number of times'],
                ] as const
              ).map(([ends, label], index) => {
                const controlId = index === 0 ? id('ends') : `${id('ends')}-${ends}`;
                return (
                  <li key={ends} className="choice">
                    <input
                      id={controlId}
                      className="choice__input"
                      type="radio"
                      name={`${ids}-ends`}
                      checked={values.ends === ends}
                      onChange={() => {
                        set({ ends });
                      }}
                    />
                    <label className="choice__label" htmlFor={controlId}>
                      {label}
                    </label>
                    {ends === 'on' && values.ends === 'on' ? (
                      <div className="choice__hint recurrence__end">
                        <label className="field__label" htmlFor={id('until')}>
                          Last date
                        </label>
                        <input
                          id={id('until')}
                          className="input input--medium"
                          type="date"
                          min={knownStart ? startDate : undefined}
                          aria-invalid={errors.until ? true : undefined}
                          value={values.until}
                          onChange={(event) => {
                            set({ until: event.target.value });
                          }}
                        />
                      </div>
                    ) : null}
                    {ends === 'after' && values.ends === 'after' ? (
                      <div className="choice__hint recurrence__end">
                        <label className="field__label" htmlFor={id('count')}>
                          How many times in all
                        </label>
                        <input
                          id={id('count')}
                          className="input recurrence__number"
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          aria-invalid={errors.count ? true : undefined}
                          value={values.count}
                          onChange={(event) => {
                            set({ count: event.target.value });
                          }}
                        />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </FormFieldset>
        </div>
      ) : null}

      {values.mode !== 'once' ? (
        <RecurrencePreview
          values={values}
          start={knownStart && isTime(startTime) ? { date: startDate, time: startTime } : undefined}
          end={isDate(endDate) && isTime(endTime) ? { date: endDate, time: endTime } : undefined}
          problems={live.errors}
          suggestedStart={live.suggestedStart}
          onUseSuggestedStart={onUseSuggestedStart}
          cancelledDates={cancelledDates}
          Heading={Heading}
        />
      ) : null}
    </div>
  );
}

function RecurrencePreview({
  values,
  start,
  end,
  problems,
  suggestedStart,
  onUseSuggestedStart,
  cancelledDates,
  Heading,
}: {
  values: RecurrenceValues;
  start: LocalDateTime | undefined;
  end: LocalDateTime | undefined;
  problems: RecurrenceErrors;
  suggestedStart: string | undefined;
  onUseSuggestedStart: ((date: string) => void) | undefined;
  cancelledDates: readonly string[];
  Heading: 'h3' | 'h4';
}) {
  const rule = buildRule(values);
  let body;
  if (!start || !end) {
    body = <p className="muted">Enter the first date and its times to see the dates it gives.</p>;
  } else if (problems.recurrence) {
    body = (
      <div className="recurrence-preview__problem">
        <p>{problems.recurrence}</p>
        {suggestedStart && onUseSuggestedStart ? (
          <Button
            variant="secondary"
            className="button--small"
            onClick={() => {
              onUseSuggestedStart(suggestedStart);
            }}
          >
            Start on {formatLongDate(suggestedStart)} instead
          </Button>
        ) : null}
      </div>
    );
  } else if (!rule || Object.keys(problems).length > 0) {
    body = <p className="muted">Finish the choices above to see the dates it gives.</p>;
  } else {
    const today = todayInLondon();
    const from = start.date < today ? today : start.date;
    const dates = nextDates(rule, start.date, from, PREVIEW_COUNT);
    const all = extent(rule, start.date);
    const times = formatTimeRange(start, end);
    body = (
      <>
        <p className="recurrence-preview__words">
          <span className="visually-hidden">It reads: </span>
          {describeSchedule({ start, end, recurrence: toRecurrence(values) })}
        </p>
        {dates.length > 0 ? (
          <>
            <p className="recurrence-preview__label">{from === start.date ? 'The first dates' : 'The next dates'}:</p>
            <ol className="recurrence-preview__dates">
              {dates.map((date) => (
                <li key={date}>
                  {formatLongDate(date)}, {times}
                  {cancelledDates.includes(date) ? <span className="recurrence-preview__cancelled"> (cancelled)</span> : null}
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p>No more dates: the last one has passed.</p>
        )}
        <p className="recurrence-preview__total">
          {all
            ? all.last
              ? `${formatCount(all.count)} ${all.count === 1 ? 'date' : 'dates'} in all, the last on ${formatLongDate(all.last)}.`
              : 'It gives no dates.'
            : 'It carries on with no end date.'}
        </p>
      </>
    );
  }
  return (
    <div className="recurrence-preview" aria-live="polite">
      <Heading className="recurrence-preview__title">Preview</Heading>
      {body}
    </div>
  );
}

