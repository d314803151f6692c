import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { FormField } from '@/components/form-field';
import { ProblemSummary } from '@/components/problem-summary';
import { formatCount } from '@/lib/format';
import { splitFieldErrors } from '@/lib/problem';
import { useRecordAttendance } from '../api/record-attendance';
import { attendanceKeyFor, checkAttendance, sumOfBands, toAttendanceInput, toAttendanceValues, type AttendanceErrors, type AttendanceValues } from '../lib/attendance-form';
import { AGE_BANDS, AGE_BAND_LABELS } from '../lib/labels';
import type { AgeBand, Attendance } from '../types';

export interface AttendanceFormProps {
  eventId: string;
  /** The occurrence's date as the schedule gives it. */
  date: string;
  /** What was recorded before, to correct it. */
  attendance?: Attendance | undefined;
  /** Names the occurrence, e.g. "Tuesday 1 December". */
  label: string;
  onSaved: (attendance: Attendance) => void;
  onCancel: () => void;
}

const LABELS: Record<keyof AttendanceErrors, string> = {
  total: 'How many came',
  firstTime: 'Here for the first time',
  ageBands: 'Ages',
  ...AGE_BAND_LABELS,
};

/** Record (or correct) how many came to one occurrence, how many for the first time, and optionally their ages. */
export function AttendanceForm({ eventId, date, attendance, label, onSaved, onCancel }: AttendanceFormProps) {
  const ids = useId();
  const id = (key: string) => `${ids}-${key}`;
  const [values, setValues] = useState<AttendanceValues>(() => toAttendanceValues(attendance));
  const [clientErrors, setClientErrors] = useState<AttendanceErrors | null>(null);
  const mutation = useRecordAttendance();
  const server = splitFieldErrors(mutation.error, attendanceKeyFor);
  const errors: AttendanceErrors = clientErrors ?? server.byField;
  const bandsGiven = AGE_BANDS.some((band) => values.ageBands[band].trim() !== '');
  const [showAges, setShowAges] = useState(bandsGiven);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = checkAttendance(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      if (AGE_BANDS.some((band) => found[band]) || found.ageBands) setShowAges(true);
      return;
    }
    setClientErrors(null);
    mutation.mutate({ eventId, date, input: toAttendanceInput(values) }, { onSuccess: onSaved });
  };

  const order: (keyof AttendanceErrors)[] = ['total', 'firstTime', 'ageBands', ...AGE_BANDS];
  const items: SummaryItem[] = order.flatMap((key) => {
    const message = errors[key];
    if (!message) return [];
    return [{ fieldId: key === 'ageBands' ? id('under16') : id(key), message: `${LABELS[key]}: ${message}` }];
  });

  let summary = null;
  if (clientErrors && items.length > 0) summary = <ErrorSummary title="There is a problem" items={items} />;
  else if (mutation.error) summary = <ProblemSummary error={mutation.error} items={[...items, ...server.other.map((message) => ({ message }))]} />;

  const setBand = (band: AgeBand, value: string) => {
    setValues((current) => ({ ...current, ageBands: { ...current.ageBands, [band]: value } }));
  };

  const total = Number(values.total.replace(/[\s,]/g, ''));
  const sum = sumOfBands(values);

  return (
    <form className="attendance-form" onSubmit={submit} noValidate aria-busy={mutation.isPending} aria-label={`Attendance on ${label}`}>
      {summary}
      <div className="attendance-form__counts">
        <FormField id={id('total')} label="How many came" error={errors.total}>
          {(control) => (
            <input
              {...control}
              className="input input--short"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={values.total}
              onChange={(event) => {
                setValues((current) => ({ ...current, total: event.target.value }));
              }}
            />
          )}
        </FormField>
        <FormField id={id('firstTime')} label="Of them, here for the first time" error={errors.firstTime}>
          {(control) => (
            <input
              {...control}
              className="input input--short"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={values.firstTime}
              onChange={(event) => {
                setValues((current) => ({ ...current, firstTime: event.target.value }));
              }}
            />
          )}
        </FormField>
      </div>
      <details
        className="attendance-form__ages"
        open={showAges}
        onToggle={(event) => {
          setShowAges(event.currentTarget.open);
        }}
      >
        <summary>Ages (optional)</summary>
        <fieldset className={errors.ageBands ? 'fieldset field field--error' : 'fieldset field'} aria-describedby={`${id('ages-hint')}${errors.ageBands ? ` ${id('ages-error')}` : ''}`}>
          <legend className="visually-hidden">How many came in each age group</legend>
          <p className="field__hint" id={id('ages-hint')}>
            Only if you counted them. Leave a group empty if you don’t know.
          </p>
          {errors.ageBands ? (
            <p className="field__error" id={id('ages-error')}>
              <span className="visually-hidden">Error: </span>
              {errors.ageBands}
            </p>
          ) : null}
          <div className="attendance-form__bands">
            {AGE_BANDS.map((band) => (
              <FormField key={band} id={id(band)} label={AGE_BAND_LABELS[band]} error={errors[band]}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={values.ageBands[band]}
                    onChange={(event) => {
                      setBand(band, event.target.value);
                    }}
                  />
                )}
              </FormField>
            ))}
          </div>
          {sum > 0 ? (
            <p className="field__hint" aria-live="polite">
              The age groups add up to {formatCount(sum)}
              {Number.isFinite(total) && values.total.trim() !== '' ? ` of the ${formatCount(total)} who came` : ''}.
            </p>
          ) : null}
        </fieldset>
      </details>
      <div className="button-row">
        <Button type="submit" busy={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Save attendance'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {mutation.isPending ? 'Saving…' : ''}
      </p>
    </form>
  );
}
