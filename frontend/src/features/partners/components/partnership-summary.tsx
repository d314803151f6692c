import { BarChart } from '@/components/bar-chart';
import { formatCount } from '@/lib/format';
import { ROLES, ROLE_LABELS } from '../lib/labels';
import { typeMix } from '../lib/type-mix';
import type { PartnershipSummary as Summary } from '../types';

/** How many active partners, by role, and the mix of organisation types as a chart. */
export function PartnershipSummary({ summary, placeName }: { summary: Summary; placeName: string }) {
  return (
    <section className="partnership-summary" aria-labelledby="partnership-at-a-glance">
      <h3 id="partnership-at-a-glance" className="visually-hidden">
        At a glance
      </h3>
      <dl className="facts facts--counts">
        <div className="facts__item">
          <dt>Active partners</dt>
          <dd>{formatCount(summary.active)}</dd>
        </div>
        {ROLES.map((role) => (
          <div key={role} className="facts__item">
            <dt>{ROLE_LABELS[role]}</dt>
            <dd>{formatCount(summary.byRole[role] ?? 0)}</dd>
          </div>
        ))}
        <div className="facts__item facts__item--muted">
          <dt>Have left</dt>
          <dd>{formatCount(summary.left)}</dd>
        </div>
      </dl>
      {summary.active > 0 ? (
        <BarChart
          title="Types of organisation"
          description={`The active partners in ${placeName}’s partnership, by the kind of organisation they are.`}
          data={typeMix(summary)}
          labelHeader="Type of organisation"
          valueHeader="Active partners"
        />
      ) : null}
    </section>
  );
}
