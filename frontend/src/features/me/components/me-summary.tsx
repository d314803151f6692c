import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { roleLabel } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { useMe } from '../api/get-me';

/** The signed-in person as the API sees them — a quick check that sign-in and the API agree. */
export function MeSummary({ subject }: { subject: string }) {
  const { data: me, error, isPending, isError, refetch, isRefetching } = useMe(subject);

  if (isPending) return <Loading label="Asking the API who you are…" />;
  if (isError) return <ErrorPanel error={error} onRetry={() => void refetch()} retrying={isRefetching} />;

  const organises = me.organises ?? [];
  return (
    <dl className="facts facts--list">
      <div className="facts__item">
        <dt>Name</dt>
        <dd>{me.name ?? 'Not given'}</dd>
      </div>
      <div className="facts__item">
        <dt>Username</dt>
        <dd>{me.username ?? 'Not given'}</dd>
      </div>
      {me.email ? (
        <div className="facts__item">
          <dt>Email</dt>
          <dd>{me.email}</dd>
        </div>
      ) : null}
      <div className="facts__item">
        <dt>Roles</dt>
        <dd>{me.roles.length > 0 ? me.roles.map(roleLabel).join(', ') : 'None yet — ask a programme admin'}</dd>
      </div>
      {me.roles.includes('organiser') || organises.length > 0 ? (
        <div className="facts__item">
          <dt>You organise</dt>
          <dd>
            {organises.length > 0 ? (
              <ul className="inline-list">
                {organises.map((place) => (
                  <li key={place.id}>
                    <Link to={paths.place(place.slug)}>{place.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              'No places yet — a programme admin can add you to one'
            )}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
