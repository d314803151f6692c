import { NavLink } from 'react-router';

export interface SubNavItem {
  to: string;
  label: string;
  /** Only mark the link current on its exact path (for an overview whose children have their own links). */
  end?: boolean;
}

/** Links between the sections of one thing, e.g. a place's partnership and neighbourhoods. */
export function SubNav({ label, items }: { label: string; items: readonly SubNavItem[] }) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.to} className="sub-nav__item">
            <NavLink to={item.to} end={item.end ?? false} className="sub-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
