import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PartnerDetails } from '@/features/partners/components/partner-details';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

export function PartnerRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  return (
    <>
      <Breadcrumbs items={[{ to: paths.partners, label: 'Partners' }]} />
      <PartnerDetails
        id={id}
        canEdit={access.canEditPartner}
        onDeleted={(partner) => {
          void navigate(paths.partners, { replace: true, state: { notice: `${partner.name} has been deleted.` } });
        }}
      />
    </>
  );
}
