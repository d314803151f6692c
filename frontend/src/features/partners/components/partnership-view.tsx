import { useEffect, useRef, useState } from 'react';
import { ButtonLink } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Notice } from '@/components/notice';
import { Loading } from '@/components/spinner';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePartnership } from '../api/get-partnership';
import { ROLES, ROLE_LABELS } from '../lib/labels';
import { groupMembers } from '../lib/membership-rules';
import type { Membership } from '../types';
import { MemberActions } from './member-actions';
import { MemberCard } from './member-card';
import { PartnershipSummary } from './partnership-summary';

export interface PartnershipViewProps {
  placeId: string;
  placeSlug: string;
  placeName: string;
  /** Whether the person may change this place's partnership (admin, or one of its organisers). */
  canWrite: boolean;
  /** A message to show first, e.g. after adding a partner. */
  notice?: string | undefined;
}

const GROUP_TITLES = {
  lead: 'Lead partners',
  core: 'Core partners',
  supporting: 'Supporting partners',
} as const;

/** A place's partnership: counts, the type mix, and the members grouped by role. */
export function PartnershipView({ placeId, placeSlug, placeName, canWrite, notice }: PartnershipViewProps) {
  const { data, error, isPending, isError, refetch, isRefetching } = usePartnership(placeId);
  const [message, setMessage] = useState<string | undefined>(notice);
  const messageRef = useRef<HTMLDivElement>(null);

  // After an action the member moves or disappears; take focus to the message about it.
  useEffect(() => {
    if (message && message !== notice) messageRef.current?.focus();
  }, [message, notice]);

  if (isPending) return <Loading label="Loading the partnership…" />;
  if (isError) return <ErrorPanel error={error} onRetry={() => void refetch()} retrying={isRefetching} />;

  const groups = groupMembers(data.members);
  const renderMember = (membership: Membership) => (
    <MemberCard
      key={membership.partner.id}
      membership={membership}
      actions={
        canWrite ? (
          <MemberActions
            membership={membership}
            placeSlug={placeSlug}
            onDone={setMessage}
            onReload={() => void refetch()}
          />
        ) : undefined
      }
    />
  );

  return (
    <section className="partnership" aria-labelledby="partnership-title">
      <div className="section__header">
        <h2 id="partnership-title">Partnership</h2>
        {canWrite ? (
          <ButtonLink to={paths.addMember(placeSlug)} variant="primary">
            Add a partner
          </ButtonLink>
        ) : null}
      </div>
      <p className="section__lead">
        The councils, businesses, charities, faith groups and others working together on social infrastructure in{' '}
        {placeName}.
      </p>

      <div ref={messageRef} tabIndex={-1} className="partnership__message">
        {message ? <Notice tone="success">{message}</Notice> : null}
      </div>

      {data.members.length === 0 ? (
        <div className="panel">
          <p className="panel__body">There are no partners in this partnership yet.</p>
        </div>
      ) : (
        <>
          <PartnershipSummary summary={data.summary} placeName={placeName} />

          {ROLES.map((role) => {
            const members = groups[role];
            const titleId = `members-${role}`;
            return (
              <section key={role} className="member-group" aria-labelledby={titleId}>
                <h3 id={titleId} className="member-group__title">
                  {GROUP_TITLES[role]} <span className="member-group__count">({formatCount(members.length)})</span>
                </h3>
                {members.length > 0 ? (
                  <ul className="member-list" aria-labelledby={titleId}>
                    {members.map(renderMember)}
                  </ul>
                ) : (
                  <p className="muted">No {ROLE_LABELS[role].toLowerCase()} partners at the moment.</p>
                )}
              </section>
            );
          })}

          {groups.left.length > 0 ? (
            <section className="member-group member-group--left" aria-labelledby="members-left">
              <h3 id="members-left" className="member-group__title">
                Have left the partnership <span className="member-group__count">({formatCount(groups.left.length)})</span>
              </h3>
              <ul className="member-list" aria-labelledby="members-left">
                {groups.left.map(renderMember)}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
