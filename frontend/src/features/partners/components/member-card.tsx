import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDay } from '@/lib/format';
import { paths } from '@/lib/paths';
import { COMMITMENT_LABELS, ROLE_LABELS } from '../lib/labels';
import type { Membership } from '../types';
import { PartnerTypeBadge } from './partner-type-badge';

export interface MemberCardProps {
  membership: Membership;
  /** Edit/remove buttons, for people who may write in this place. */
  actions?: ReactNode;
}

/** One partner in the partnership: who, what kind, what they bring, since when. */
export function MemberCard({ membership, actions }: MemberCardProps) {
  const { partner, commitments, commitmentNote, joinedOn, status, role } = membership;
  const left = status === 'left';
  return (
    <li className={left ? 'member-card member-card--left' : 'member-card'}>
      <div className="member-card__head">
        <h4 className="member-card__name">
          <Link to={paths.partner(partner.id)}>{partner.name}</Link>
        </h4>
        <PartnerTypeBadge type={partner.type} />
      </div>
      {commitments.length > 0 ? (
        <ul className="tag-list" aria-label="Commitments">
          {commitments.map((commitment) => (
            <li key={commitment} className="tag">
              {COMMITMENT_LABELS[commitment]}
            </li>
          ))}
        </ul>
      ) : null}
      {commitmentNote ? <p className="member-card__note">{commitmentNote}</p> : null}
      <p className="member-card__meta">
        {joinedOn ? `Joined ${formatDay(joinedOn)}` : 'Joining date not recorded'}
        {left ? ` · was a ${ROLE_LABELS[role].toLowerCase()} partner` : null}
      </p>
      {actions}
    </li>
  );
}
