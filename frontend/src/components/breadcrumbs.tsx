import { Link } from 'react-router';

export interface Crumb {
  to: string;
  label: string;
}

/** Where this page sits: links to the pages above it. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol className="breadcrumbs__list">
        {items.map((item) => (
          <li key={item.to} className="breadcrumbs__item">
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
