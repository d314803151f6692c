import { useId, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { webcalUrl } from '../lib/feeds';

export interface CalendarFeed {
  key: string;
  /** e.g. "This event", "Events at Halifax Library". */
  title: string;
  /** The feed's absolute https (or http) address. */
  url: string;
}

function FeedLink({ feed }: { feed: CalendarFeed }) {
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      if (!('clipboard' in navigator)) throw new Error('No clipboard');
      await navigator.clipboard.writeText(feed.url);
      setStatus('Link copied. Paste it into your calendar app.');
    } catch {
      inputRef.current?.select();
      setStatus('The link is selected: copy it with Ctrl+C (or Command+C on a Mac).');
    }
  };

  return (
    <li className="feed">
      <h4 className="feed__title" id={`${ids}-title`}>
        {feed.title}
      </h4>
      <label className="visually-hidden" htmlFor={`${ids}-url`}>
        Calendar address for {feed.title.toLowerCase()}
      </label>
      <input
        ref={inputRef}
        id={`${ids}-url`}
        className="input feed__url"
        type="text"
        readOnly
        value={feed.url}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <div className="button-row feed__actions">
        <Button variant="secondary" className="button--small" aria-describedby={`${ids}-title`} onClick={() => void copy()}>
          Copy link
        </Button>
        <a className="button button--secondary button--small" href={webcalUrl(feed.url)} aria-describedby={`${ids}-title`}>
          Subscribe
        </a>
        <a className="button button--quiet button--small" href={feed.url} download aria-describedby={`${ids}-title`}>
          Download (.ics)
        </a>
      </div>
      <p className="feed__status" role="status">
        {status}
      </p>
    </li>
  );
}

/**
 * Calendar feeds people can subscribe to in Google Calendar, Outlook or Apple Calendar, each
 * with its address to copy, a subscribe link, and plain instructions.
 */
export function SubscribeLinks({ feeds, headingLevel = 2 }: { feeds: readonly CalendarFeed[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ids = useId();
  return (
    <section className="subscribe" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`}>Add to your calendar</Heading>
      <p className="subscribe__lead">
        Subscribe and your calendar keeps itself up to date: new dates, changes and cancellations appear on their own.
      </p>
      <ul className="feeds">
        {feeds.map((feed) => (
          <FeedLink key={feed.key} feed={feed} />
        ))}
      </ul>
      <details className="subscribe__help">
        <summary>How to subscribe</summary>
        <h4>Google Calendar</h4>
        <ol>
          <li>Copy the link.</li>
          <li>
            On a computer, open Google Calendar. Next to “Other calendars”, choose <strong>+</strong>, then <strong>From URL</strong>.
          </li>
          <li>
            Paste the link and choose <strong>Add calendar</strong>. It shows on your phone too. Google can take up to a day to show
            changes.
          </li>
        </ol>
        <h4>Outlook</h4>
        <ol>
          <li>Copy the link.</li>
          <li>
            In Outlook on the web, open the calendar and choose <strong>Add calendar</strong>, then <strong>Subscribe from web</strong>.
          </li>
          <li>
            Paste the link, give the calendar a name and choose <strong>Import</strong>.
          </li>
        </ol>
        <h4>Apple Calendar (iPhone, iPad and Mac)</h4>
        <ol>
          <li>
            Choose <strong>Subscribe</strong> and confirm. Or, on a Mac, open Calendar, choose <strong>File</strong> then{' '}
            <strong>New Calendar Subscription</strong>, and paste the link.
          </li>
          <li>
            On an iPhone or iPad you can also go to Settings, then Calendar, Accounts, <strong>Add Account</strong>, Other,{' '}
            <strong>Add Subscribed Calendar</strong>, and paste the link.
          </li>
        </ol>
        <p>A downloaded .ics file is a copy for today only: it does not update when the events change.</p>
      </details>
    </section>
  );
}
