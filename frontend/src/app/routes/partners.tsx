import { useLocation } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { PartnersDirectory } from '@/features/partners/components/partners-directory';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

interface PartnersLocationState {
  notice?: string;
}

export function PartnersRoute() {
  const location = useLocation();
  const { canCreatePartner } = useAccess();
  const notice = (location.state as PartnersLocationState | null)?.notice;
  return (
    <>
      <title>Partners – Kickstart</title>
      <header className="page-header page-header--with-actions">
        <div>
          <h1 className="page-header__title">Partners</h1>
          <p className="page-header__lead">
            The councils, businesses, charities, faith groups and others in the programme’s partnerships.
          </p>
        </div>
        {canCreatePartner ? (
          <ButtonLink to={paths.newPartner} variant="primary">
            Add a partner
          </ButtonLink>
        ) : null}
      </header>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <PartnersDirectory />
    </>
  );
}
