import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { Receipt } from '../types';
import { CopyButton } from './copy-button';

export interface ThankYouProps {
  receipt: Receipt;
  surveyTitle: string;
  language: string;
}

/** After answering: thanks, the receipt code in large type, and how to withdraw the answers with it. */
export function ThankYou({ receipt, surveyTitle, language }: ThankYouProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="runner thank-you" lang="en">
      <title>{`Thank you – ${surveyTitle} – Kickstart`}</title>
      <h1 className="runner__title" ref={headingRef} tabIndex={-1}>
        Thank you — your answers have been sent
      </h1>
      <p>
        Your answers to “<span lang={language}>{surveyTitle}</span>” help the people who look after your area plan
        welcoming places for everyone.
      </p>
      <section className="receipt" aria-labelledby="receipt-title">
        <h2 id="receipt-title" className="receipt__title">
          Your receipt code
        </h2>
        <p className="receipt__code" id="receipt-code">
          {receipt.receipt}
        </p>
        <CopyButton text={receipt.receipt} what="your receipt code" selectId="receipt-code" label="Copy the code" />
        <p className="receipt__note">
          Write it down or take a screenshot. We don’t know who you are, so this code is the only way to find your answers
          again.
        </p>
      </section>
      <h2>Changed your mind?</h2>
      <p>
        You can withdraw your answers at any time: go to{' '}
        <Link to={paths.withdrawAnswers} state={{ receipt: receipt.receipt }}>
          withdraw my answers
        </Link>{' '}
        and enter the code. Your answers are then deleted for good.
      </p>
    </div>
  );
}
