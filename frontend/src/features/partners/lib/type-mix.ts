import type { BarDatum } from '@/components/bar-chart';
import type { PartnershipSummary } from '../types';
import { PARTNER_TYPES, partnerTypeLabel } from './labels';

/** Bars for every partner type, most common first (zeros last, so gaps show). */
export function typeMix(summary: PartnershipSummary): BarDatum[] {
  return PARTNER_TYPES.map((type, index) => ({ key: type, label: partnerTypeLabel(type), value: summary.byType[type] ?? 0, index }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .map(({ key, label, value }) => ({ key, label, value }));
}
