import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultRecurrence, recurrenceValuesFor, toRecurrence, type RecurrenceValues } from '../lib/recurrence-form';
import { RecurrenceEditor } from './recurrence-editor';

let latest: RecurrenceValues | undefined;

function Harness({ initial, startDate = '2026-12-03', onUseSuggestedStart }: { initial?: RecurrenceValues; startDate?: string; onUseSuggestedStart?: (date: string) => void }) {
  const [values, setValues] = useState<RecurrenceValues>(() => {
    latest = initial ?? defaultRecurrence(startDate);
    return latest;
  });
  return (
    <RecurrenceEditor
      idPrefix="test"
      values={values}
      onChange={(next) => {
        latest = next;
        setValues(next);
      }}
      startDate={startDate}
      startTime="19:00"
      endDate={startDate}
      endTime="21:30"
      errors={{}}
      onUseSuggestedStart={onUseSuggestedStart}
    />
  );
}

function preview() {
  return screen.getByRole('heading', { name: 'Preview' }).parentElement!;
}

describe('RecurrenceEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a one-off until told it repeats, then starts weekly on the first date’s day', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('radio', { name: 'Once only' })).toBeChecked();
    expect(screen.queryByRole('heading', { name: 'Preview' })).not.toBeInTheDocument();
    expect(toRecurrence(latest!)).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: 'It repeats' }));
    expect(screen.getByLabelText('Repeats')).toHaveValue('WEEKLY');
    expect(screen.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
    expect(preview()).toHaveTextContent('Every Thursday, 19:00–21:30');
    expect(preview()).toHaveTextContent('It carries on with no end date.');
    expect(toRecurrence(latest!)).toBe('FREQ=WEEKLY;BYDAY=TH');
  });

  it('repeats every N weeks on several days, ending after N times', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('radio', { name: 'It repeats' }));
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.clear(screen.getByLabelText('Every'));
    await user.type(screen.getByLabelText('Every'), '2');
    expect(screen.getByText('weeks')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'After a number of times' }));
    await user.type(screen.getByLabelText('How many times in all'), '5');

    expect(toRecurrence(latest!)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5');
    expect(preview()).toHaveTextContent('Every 2 weeks on Monday and Thursday, 19:00–21:30, 5 times');
    expect(within(preview()).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Thursday 3 December 2026, 19:00–21:30',
      'Monday 14 December 2026, 19:00–21:30',
      'Thursday 17 December 2026, 19:00–21:30',
      'Monday 28 December 2026, 19:00–21:30',
      'Thursday 31 December 2026, 19:00–21:30',
    ]);
    expect(preview()).toHaveTextContent('5 dates in all, the last on Thursday 31 December 2026.');
  });

  it('repeats daily, or monthly on a day of the month, until a date', async () => {
    const user = userEvent.setup();
    render(<Harness startDate="2026-12-14" />);
    await user.click(screen.getByRole('radio', { name: 'It repeats' }));
    await user.selectOptions(screen.getByLabelText('Repeats'), 'Daily');
    expect(screen.queryByRole('group', { name: 'On' })).not.toBeInTheDocument();
    expect(toRecurrence(latest!)).toBe('FREQ=DAILY');

    await user.selectOptions(screen.getByLabelText('Repeats'), 'Monthly');
    await user.click(screen.getByRole('radio', { name: 'The 14th of the month' }));
    await user.click(screen.getByRole('radio', { name: 'On a date' }));
    fireEvent.change(screen.getByLabelText('Last date'), { target: { value: '2027-03-31' } });
    expect(toRecurrence(latest!)).toBe('FREQ=MONTHLY;UNTIL=20270331');
    expect(preview()).toHaveTextContent('On the 14th of every month, 19:00–21:30, until 31 March 2027');
    expect(preview()).toHaveTextContent('4 dates in all, the last on Sunday 14 March 2027.');
  });

  it('offers the last Friday of the month, and moves the first date to one the rule gives', async () => {
    const onUseSuggestedStart = vi.fn();
    const user = userEvent.setup();
    render(<Harness startDate="2026-12-03" onUseSuggestedStart={onUseSuggestedStart} />);
    await user.click(screen.getByRole('radio', { name: 'It repeats' }));
    await user.selectOptions(screen.getByLabelText('Repeats'), 'Monthly');
    await user.selectOptions(screen.getByLabelText('Which one in the month'), 'the last');
    await user.selectOptions(screen.getByLabelText('Day of the week'), 'Friday');
    expect(screen.getByRole('radio', { name: 'A day of the week: the last Friday' })).toBeChecked();
    expect(toRecurrence(latest!)).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(preview()).toHaveTextContent('The first date, Thursday 3 December 2026, is not the last Friday of its month.');
    await user.click(screen.getByRole('button', { name: 'Start on Friday 25 December 2026 instead' }));
    expect(onUseSuggestedStart).toHaveBeenCalledWith('2026-12-25');
  });

  it('keeps a pattern it cannot show, until a new one is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness initial={recurrenceValuesFor('FREQ=MONTHLY;BYDAY=1MO,3TH', '2026-12-07')} startDate="2026-12-07" />);
    expect(screen.getByRole('radio', { name: 'Keep its current pattern' })).toBeChecked();
    expect(preview()).toHaveTextContent('On the first Monday and the third Thursday of every month, 19:00–21:30');
    expect(toRecurrence(latest!)).toBe('FREQ=MONTHLY;BYDAY=1MO,3TH');
    await user.click(screen.getByRole('radio', { name: 'It repeats' }));
    expect(toRecurrence(latest!)).toBe('FREQ=MONTHLY;BYDAY=1MO');
    await user.click(screen.getByRole('radio', { name: 'Keep its current pattern' }));
    expect(toRecurrence(latest!)).toBe('FREQ=MONTHLY;BYDAY=1MO,3TH');
  });
});
