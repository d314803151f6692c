import { ButtonLink } from '@/components/button';
import { useAuth } from '@/lib/auth';
import { paths } from '@/lib/paths';

/** “Add a place”, shown to admins only (the API refuses everyone else anyway). */
export function NewPlaceLink() {
  const { hasRole } = useAuth();
  if (!hasRole('admin')) return null;
  return (
    <ButtonLink to={paths.newPlace} variant="primary">
      Add a place
    </ButtonLink>
  );
}
