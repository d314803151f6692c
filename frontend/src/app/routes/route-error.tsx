import { Link, useRouteError } from 'react-router';
import { paths } from '@/lib/paths';

/** Last-resort page when something in a route throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <div className="panel panel--error route-error" role="alert">
      <title>Something went wrong – Kickstart</title>
      <h1 className="panel__title">Something went wrong</h1>
      <p className="panel__body">
        Sorry — this page stopped working. <a href={window.location.href}>Reload the page</a> or{' '}
        <Link to={paths.home}>go to the home page</Link>.
      </p>
    </div>
  );
}
