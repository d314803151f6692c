import { partnerTypeLabel } from '../lib/labels';
import type { PartnerType } from '../types';

/** The kind of organisation, in words (the colour only helps scanning). */
export function PartnerTypeBadge({ type }: { type: PartnerType }) {
  return <span className={`badge badge--type badge--${type}`}>{partnerTypeLabel(type)}</span>;
}
