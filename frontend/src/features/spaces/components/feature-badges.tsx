import { FEATURE_LABELS } from '../lib/labels';
import type { SpaceFeature } from '../types';

/** Features as a list of readable badges, e.g. “Step-free access”, “Hearing loop”. */
export function FeatureBadges({ features, label, empty }: { features: readonly SpaceFeature[]; label: string; empty: string }) {
  if (features.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="feature-badges" aria-label={label}>
      {features.map((feature) => (
        <li key={feature} className="feature-badge">
          <svg className="feature-badge__tick" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 8.5l3.2 3.2L13 5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {FEATURE_LABELS[feature]}
        </li>
      ))}
    </ul>
  );
}
