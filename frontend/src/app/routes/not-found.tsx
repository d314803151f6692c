import { Link } from 'react-router';
import { paths } from '@/lib/paths';

export function NotFoundRoute() {
  return (
    <div className="not-found">
      <title>Page not found – Kickstart</title>
      <p className="eyebrow">Error 404</p>
      <h1 className="page-header__title">Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        <Link to={paths.home}>Go to the home page</Link> or <Link to={paths.places}>see all places</Link>.
      </p>
    </div>
  );
}
