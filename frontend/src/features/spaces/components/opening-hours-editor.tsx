import { useEffect, useRef } from 'react';
import { Button } from '@/components/button';
import { FormField } from '@/components/form-field';
import { DAYS, DAY_LABELS, isOneOf } from '../lib/labels';
import { fieldId, newPeriodKey, periodKey, type PeriodValues, type SpaceFormErrors } from '../lib/space-form';
import { formatTime } from '../lib/times';

export interface OpeningHoursEditorProps {
  periods: PeriodValues[];
  note: string;
  errors: SpaceFormErrors;
  onPeriodsChange: (periods: PeriodValues[]) => void;
  onNoteChange: (note: string) => void;
}

function describe(period: PeriodValues): string {
  return `${DAY_LABELS[period.day]} ${formatTime(period.opens)} to ${formatTime(period.closes)}`;
}

/** Opening times as rows of day, opens and closes, added and removed one at a time, and a note. */
export function OpeningHoursEditor({ periods, note, errors, onPeriodsChange, onNoteChange }: OpeningHoursEditorProps) {
  // Where focus goes after the rows change: the new row's day, or “Add” after a removal.
  const focusNext = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const groupError = errors['openingHours.periods'];
  const groupErrorId = `${fieldId('openingHours.periods')}-error`;

  useEffect(() => {
    const key = focusNext.current;
    if (key === null) return;
    focusNext.current = null;
    if (key === 'add') addRef.current?.focus();
    else document.getElementById(fieldId(periodKey(key, 'day')))?.focus();
  });

  const update = (key: string, changes: Partial<PeriodValues>) => {
    onPeriodsChange(periods.map((period) => (period.key === key ? { ...period, ...changes } : period)));
  };

  const add = () => {
    const last = periods.at(-1);
    const nextDay = last ? (DAYS[(DAYS.indexOf(last.day) + 1) % DAYS.length] ?? 'mon') : 'mon';
    const key = newPeriodKey();
    onPeriodsChange([...periods, { key, day: nextDay, opens: last?.opens ?? '09:00', closes: last?.closes ?? '17:00' }]);
    focusNext.current = key;
  };

  return (
    <fieldset
      className={groupError ? 'fieldset field opening-hours-editor field--error' : 'fieldset field opening-hours-editor'}
      aria-describedby={groupError ? groupErrorId : undefined}
    >
      <legend className="field__label">
        Opening hours<span className="field__optional"> (optional)</span>
      </legend>
      <p className="field__hint">
        Add a row for each time it is open, on the 24-hour clock (use 24:00 for midnight). A day with no row shows as closed.
      </p>
      {groupError ? (
        <p className="field__error" id={groupErrorId}>
          <span className="visually-hidden">Error: </span>
          {groupError}
        </p>
      ) : null}
      {periods.length > 0 ? (
        <ol className="period-list">
          {periods.map((period, index) => {
            const rowError = errors[periodKey(period.key, 'row')];
            return (
              <li key={period.key} className={rowError ? 'period field--error' : 'period'}>
                <fieldset className="period__fields">
                  <legend className="period__legend">Opening time {index + 1}</legend>
                  {rowError ? (
                    <p className="field__error">
                      <span className="visually-hidden">Error: </span>
                      {rowError}
                    </p>
                  ) : null}
                  <FormField id={fieldId(periodKey(period.key, 'day'))} label="Day" error={errors[periodKey(period.key, 'day')]}>
                    {(control) => (
                      <select
                        {...control}
                        className="input"
                        value={period.day}
                        onChange={(event) => {
                          const day = event.target.value;
                          if (isOneOf(DAYS, day)) update(period.key, { day });
                        }}
                      >
                        {DAYS.map((day) => (
                          <option key={day} value={day}>
                            {DAY_LABELS[day]}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                  <FormField id={fieldId(periodKey(period.key, 'opens'))} label="Opens" error={errors[periodKey(period.key, 'opens')]}>
                    {(control) => (
                      <input
                        {...control}
                        className="input input--time"
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        placeholder="09:00"
                        maxLength={5}
                        value={period.opens}
                        onChange={(event) => {
                          update(period.key, { opens: event.target.value });
                        }}
                      />
                    )}
                  </FormField>
                  <FormField id={fieldId(periodKey(period.key, 'closes'))} label="Closes" error={errors[periodKey(period.key, 'closes')]}>
                    {(control) => (
                      <input
                        {...control}
                        className="input input--time"
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        placeholder="17:00"
                        maxLength={5}
                        value={period.closes}
                        onChange={(event) => {
                          update(period.key, { closes: event.target.value });
                        }}
                      />
                    )}
                  </FormField>
                  <Button
                    variant="quiet"
                    className="button--small period__remove"
                    aria-label={`Remove opening time ${String(index + 1)} (${describe(period)})`}
                    onClick={() => {
                      onPeriodsChange(periods.filter((item) => item.key !== period.key));
                      focusNext.current = 'add';
                    }}
                  >
                    Remove
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No opening times yet.</p>
      )}
      <Button
        ref={addRef}
        id={fieldId('openingHours.add')}
        variant="secondary"
        className="button--small"
        onClick={add}
        disabled={periods.length >= 50}
      >
        Add opening times
      </Button>
      <FormField
        id={fieldId('openingHours.note')}
        label="Note about opening"
        hint="For example, “Closed on bank holidays”. Up to 500 characters."
        error={errors['openingHours.note']}
        optional
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            maxLength={500}
            value={note}
            onChange={(event) => {
              onNoteChange(event.target.value);
            }}
          />
        )}
      </FormField>
    </fieldset>
  );
}
