import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { renderWithProviders } from '@/test/render';
import { WithdrawAnswers } from './withdraw-answers';

describe('withdrawing answers', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('erases the answers with the receipt code, however it was typed', async () => {
    const { requests } = mockFetch(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    renderWithProviders(<WithdrawAnswers />);
    await user.type(screen.getByRole('textbox', { name: 'Receipt code' }), ' k7qm-2xtr 9bhd{Enter}');
    expect(await screen.findByRole('heading', { name: 'Your answers have been withdrawn' })).toHaveFocus();
    expect(requests[0]!.method).toBe('DELETE');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/public/responses/K7QM-2XTR9BHD');
  });

  it('says when no answers have that code', async () => {
    mockFetch(() => problemResponse({ status: 404, title: 'Not found' }));
    const user = userEvent.setup();
    renderWithProviders(<WithdrawAnswers initialReceipt="K7QM-2XTR-9BHD" />);
    await user.click(screen.getByRole('button', { name: 'Withdraw and delete my answers' }));
    expect(await screen.findByRole('alert', { name: 'We can’t find answers with that code' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Receipt code' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a code first', async () => {
    const { fetchMock } = mockFetch(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    renderWithProviders(<WithdrawAnswers />);
    await user.click(screen.getByRole('button', { name: 'Withdraw and delete my answers' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Enter your receipt code');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
