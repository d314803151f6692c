import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Account } from './account';
import { LogoMark } from './logo';

/** The app shell: skip link, header with navigation and account, main content, footer. */
export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After in-app navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner container">
          <Link to="/" className="brand">
            <LogoMark />
            <span className="brand__name">Kickstart</span>
          </Link>
          <nav className="site-nav" aria-label="Main">
            <ul className="site-nav__list">
              <li>
                <NavLink to="/places" className="site-nav__link">
                  Places
                </NavLink>
              </li>
              <li>
                <NavLink to="/partners" className="site-nav__link">
                  Partners
                </NavLink>
              </li>
            </ul>
          </nav>
          <Account />
        </div>
      </header>
      <main id="main" className="site-main" ref={mainRef} tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p className="site-footer__brand">
            <strong>Kickstart</strong> — welcoming spaces where people meet, mix and belong.
          </p>
          <p>
            Contains public sector information licensed under the{' '}
            <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
              Open Government Licence v3.0
            </a>
            .
          </p>
        </div>
      </footer>
    </div>
  );
}
