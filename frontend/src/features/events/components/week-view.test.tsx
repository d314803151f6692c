import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { occurrenceFixture } from '@/test/events';
import { renderWithProviders } from '@/test/render';
import { groupByDay } from '../lib/whats-on';
import type { Occurrence } from '../types';
import { WeekView } from './week-view';

const occurrence = (overrides: Record<string, unknown>) => occurrenceFixture(overrides) as unknown as Occurrence;

describe('WeekView', () => {
  it('shows the seven days, each with its sessions in London time, and marks today', () => {
    const days = groupByDay('2026-12-07', [
      occurrence({ title: 'Youth club', date: '2026-12-09', start: '2026-12-09T18:00:00Z', end: '2026-12-09T20:00:00Z' }),
      occurrence({ title: 'Tuesday coffee morning' }),
      occurrence({ title: 'Stay and play', date: '2026-12-08', start: '2026-12-08T09:30:00Z', end: '2026-12-08T11:00:00Z', spaceName: undefined }),
    ]);
    renderWithProviders(<WeekView days={days} today="2026-12-09" />);

    const dayItems = screen.getAllByRole('heading', { level: 4 });
    expect(dayItems.map((heading) => heading.textContent)).toEqual([
      'Mon 7 DecMonday 7 December',
      'Tue 8 DecTuesday 8 December',
      'Wed 9 DecWednesday 9 DecemberToday',
      'Thu 10 DecThursday 10 December',
      'Fri 11 DecFriday 11 December',
      'Sat 12 DecSaturday 12 December',
      'Sun 13 DecSunday 13 December',
    ]);
    const tuesday = screen.getByRole('heading', { name: /Tuesday 8 December/ }).closest('li')!;
    const sessions = within(tuesday).getAllByRole('listitem');
    expect(sessions.map((item) => item.textContent)).toEqual(['09:30–11:00Stay and play', '10:00–12:00Tuesday coffee morningHalifax Central Library']);
    expect(within(tuesday).getByRole('link', { name: 'Tuesday coffee morning' })).toHaveAttribute('href', '/events/7e1d2c3b-4a5f-4e6d-8c7b-000000000001');
    expect(screen.getAllByText('Nothing on')).toHaveLength(5);
  });

  it('marks cancelled sessions in words and shows moved ones at their new time', () => {
    const days = groupByDay('2026-12-07', [
      occurrence({ title: 'Coffee morning', status: 'cancelled', note: 'Hall closed' }),
      occurrence({
        title: 'Knit and natter',
        date: '2026-12-08',
        status: 'moved',
        start: '2026-12-10T14:00:00Z',
        end: '2026-12-10T16:00:00Z',
        originalStart: '2026-12-08T14:00:00Z',
      }),
    ]);
    renderWithProviders(<WeekView days={days} today="2026-12-09" />);

    const tuesday = screen.getByRole('heading', { name: /Tuesday 8 December/ }).closest('li')!;
    expect(within(tuesday).getByText('Cancelled')).toBeInTheDocument();
    expect(within(tuesday).getByRole('link', { name: 'Coffee morning' })).toBeInTheDocument();
    const thursday = screen.getByRole('heading', { name: /Thursday 10 December/ }).closest('li')!;
    expect(within(thursday).getByText('14:00–16:00')).toBeInTheDocument();
    expect(within(thursday).getByText('Moved')).toBeInTheDocument();
    expect(within(thursday).getByText('Moved from Tue 8 Dec, 14:00')).toBeInTheDocument();
  });
});
