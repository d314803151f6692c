import { useLocation } from 'react-router';
import { WithdrawAnswers } from '@/features/surveys/components/withdraw-answers';

interface WithdrawLocationState {
  receipt?: string;
}

/** `/s/withdraw` — a resident withdraws their answers with the receipt code they were given. */
export function PublicSurveyWithdrawRoute() {
  const location = useLocation();
  const state = location.state as WithdrawLocationState | null;
  return <WithdrawAnswers initialReceipt={typeof state?.receipt === 'string' ? state.receipt : ''} />;
}
