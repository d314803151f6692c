import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LogoMark } from '@/components/layout/logo';
import { paths } from '@/lib/paths';
import '../surveys.css';

/**
 * The light frame of the pages residents use without an account (`/s/...`): the brand, the page,
 * and how to withdraw answers — none of the signed-in app's navigation.
 */
export function PublicShell() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shown = useRef(pathname);

  // After moving between these pages, start at the new one (not on the first page shown).
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname]);

  return (
    <div className="public-shell">
      <a className="skip-link" href="#main" lang="en">
        Skip to main content
      </a>
      <header className="public-shell__header" lang="en">
        <p className="public-shell__header-inner">
          <LogoMark size={28} />
          <span>Kickstart</span>
        </p>
      </header>
      <main id="main" className="public-shell__main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="public-shell__footer" lang="en">
        <div className="public-shell__footer-inner">
          <p>
            Answered a survey and changed your mind? <Link to={paths.withdrawAnswers}>Withdraw my answers</Link>.
          </p>
          <p>Kickstart — welcoming spaces where people meet, mix and belong.</p>
        </div>
      </footer>
    </div>
  );
}
