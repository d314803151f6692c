/** Priority bands for the gap score (0–100), for colouring and labelling the map. */
export type PriorityBand = 'high' | 'medium' | 'low' | 'unknown';

export const PRIORITY_BANDS: readonly PriorityBand[] = ['high', 'medium', 'low', 'unknown'];

export const PRIORITY_LABELS: Record<PriorityBand, string> = {
  high: 'Higher priority (score 60 to 100)',
  medium: 'Medium priority (score 40 to 59)',
  low: 'Lower priority (score 0 to 39)',
  unknown: 'Neighbourhood not recorded',
};

/** One letter per band, drawn on the marker so the band never rests on colour alone. */
export const PRIORITY_LETTERS: Record<PriorityBand, string> = { high: 'H', medium: 'M', low: 'L', unknown: '?' };

export function priorityBand(score: number | undefined): PriorityBand {
  if (score === undefined) return 'unknown';
  if (score >= 60) return 'high';
  if (score >= 40) return 'medium';
  return 'low';
}
