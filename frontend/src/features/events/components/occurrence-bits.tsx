import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { Occurrence, PartnerRef } from '../types';

/** "Cancelled" or "Moved", in words and not by colour alone. */
export function OccurrenceStatusBadge({ status }: { status: Occurrence['status'] }) {
  if (status === 'cancelled') return <span className="badge event-badge event-badge--cancelled">Cancelled</span>;
  if (status === 'moved') return <span className="badge event-badge event-badge--moved">Moved</span>;
  return null;
}

/** "Hosted by A" or "Co-hosted by A and B", the names linked to the partners' pages. */
export function HostsLine({ hosts, linked = true }: { hosts: readonly PartnerRef[]; linked?: boolean }) {
  if (hosts.length === 0) return null;
  const names = hosts.map((host) =>
    linked ? (
      <Link key={host.id} to={paths.partner(host.id)}>
        {host.name}
      </Link>
    ) : (
      <span key={host.id}>{host.name}</span>
    ),
  );
  const joined = names.flatMap((name, index) => {
    if (index === 0) return [name];
    return [index === names.length - 1 ? ' and ' : ', ', name];
  });
  return (
    <>
      {hosts.length > 1 ? 'Co-hosted by ' : 'Hosted by '}
      {joined}
    </>
  );
}
