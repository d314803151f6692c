import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { WhenNear } from '@/components/when-near';
import { useAuth } from '@/lib/auth';
import { useGaps } from '../api/get-gaps';
import { useReach, type ReachQuery } from '../api/get-reach';
import { useIndicators } from '../api/list-indicators';
import {
  DEFAULT_VIEW,
  parseInsights,
  periodInterval,
  signedInFilters,
  toIndicatorQuery,
  toReachQuery,
  writeInsights,
  type InsightsView,
} from '../lib/filters';
import { BREAKDOWN_LABELS, INDICATOR_NAMES, PLACE_STANDARD_THEMES, periodLabel, placeStandardCode } from '../lib/labels';
import { trendSeries } from '../lib/series';
import { BreakdownChart } from './breakdown-chart';
import { compassThemes } from '../lib/views';
import { CompassChart } from './compass-chart';
import { GapSection } from './gap-section';
import { HeadlineCards } from './headline-cards';
import { InsightsFilters } from './insights-filters';
import { ReachPanel } from './reach-panel';
import { TrendChart } from './trend-chart';
import '../insights.css';

const UNIT_WORDS = { month: 'month', quarter: 'quarter', year: 'year' } as const;
const PLACE_STANDARD = PLACE_STANDARD_THEMES.map((_, index) => placeStandardCode(index));

export interface InsightsDashboardProps {
  place: { id: string; name: string };
  signedIn: boolean;
}

function Section({ title, lead, children }: { title: string; lead?: string | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <section className="insights__section" aria-labelledby={id}>
      <h3 id={id} className="insights__title">
        {title}
      </h3>
      {lead ? <p className="insights__lead">{lead}</p> : null}
      {children}
    </section>
  );
}

function Updating({ active }: { active: boolean }) {
  return active ? (
    <p className="insights__updating" role="status">
      Updating…
    </p>
  ) : null;
}

/** Stands in for a part further down the page until the reader comes near it. */
function NotYet({ what }: { what: string }) {
  return <p className="insights__empty insights__later">{what} load when you scroll to them.</p>;
}

function ReachContent({ place, query, unitWord }: { place: { id: string; name: string }; query: ReachQuery; unitWord: string }) {
  const reach = useReach(place.id, query);
  if (reach.isPending) return <Loading label="Loading reach…" />;
  if (reach.isError) {
    return <ErrorPanel error={reach.error} headingLevel={4} onRetry={() => void reach.refetch()} retrying={reach.isRefetching} />;
  }
  return (
    <>
      <Updating active={reach.isPlaceholderData} />
      <ReachPanel reach={reach.data} unitWord={unitWord} placeName={place.name} />
    </>
  );
}

function GapContent({ place }: { place: { id: string; name: string } }) {
  const gaps = useGaps(place.id);
  if (gaps.isPending) return <Loading label="Loading the neighbourhoods…" />;
  if (gaps.isError) {
    return <ErrorPanel error={gaps.error} headingLevel={4} onRetry={() => void gaps.refetch()} retrying={gaps.isRefetching} />;
  }
  return <GapSection placeId={place.id} placeName={place.name} gaps={gaps.data} />;
}

/**
 * A place's Insights: headline indicators with intervals and England's figures, the trend and a
 * breakdown of one measure, the Place Standard compass, reach and partnership, and where the gaps
 * are. Every filter lives in the address, so a view can be shared.
 */
export function InsightsDashboard({ place, signedIn }: InsightsDashboardProps) {
  const [params, setParams] = useSearchParams();
  const { signIn } = useAuth();
  const view = useMemo(() => parseInsights(params), [params]);
  const unit = periodInterval(view);
  const unitWord = UNIT_WORDS[unit];

  const change = useCallback(
    (changes: Partial<InsightsView>) => {
      setParams((current) => writeInsights({ ...parseInsights(current), ...changes }, current), { replace: true });
    },
    [setParams],
  );
  const clear = useCallback(() => {
    change({ ...DEFAULT_VIEW, interval: view.interval, measure: view.measure });
  }, [change, view.interval, view.measure]);

  const periodic = useIndicators(toIndicatorQuery(place.id, view, signedIn, { interval: unit }));
  const overall = useIndicators(toIndicatorQuery(place.id, view, signedIn, { interval: 'none', indicator: PLACE_STANDARD }));
  const breakdown = signedIn ? view.breakdown : undefined;
  const split = useIndicators(
    toIndicatorQuery(place.id, view, signedIn, { interval: 'none', ...(breakdown ? { breakdown } : {}), indicator: [view.measure] }),
    { enabled: breakdown !== undefined },
  );
  const ignored = signedIn ? [] : signedInFilters(view);

  const measureName = INDICATOR_NAMES[view.measure];
  const measureItem = periodic.data?.items.find((item) => item.indicator === view.measure);
  const series = periodic.data ? trendSeries(periodic.data, view.measure, unit) : [];
  const latest = series[series.length - 1];

  return (
    <div className="insights">
      <InsightsFilters
        placeId={place.id}
        view={view}
        signedIn={signedIn}
        onChange={change}
        onClear={clear}
      />
      {!signedIn ? (
        <div className="notice notice--info insights__sign-in">
          <p>
            These figures are public for the whole place and each neighbourhood.{' '}
            {ignored.length > 0 ? 'The address asks for a breakdown or a space, event or survey, which need you to sign in. ' : ''}
            Sign in to break them down by age, gender and more, or to see them for one space, event or survey.
          </p>
          <Button variant="secondary" className="button--small" onClick={() => void signIn()}>
            Sign in
          </Button>
        </div>
      ) : null}

      <Section
        title="Headlines"
        lead={
          latest
            ? `The latest ${unitWord} with answers (${periodLabel(latest.period)}), compared with the ${unitWord} before. Ranges are 95% intervals: the true figure is probably inside them.`
            : undefined
        }
      >
        {periodic.isPending ? (
          <Loading label="Loading the figures…" />
        ) : periodic.isError ? (
          <ErrorPanel error={periodic.error} headingLevel={4} onRetry={() => void periodic.refetch()} retrying={periodic.isRefetching} />
        ) : (
          <>
            <Updating active={periodic.isPlaceholderData} />
            <HeadlineCards result={periodic.data} unit={unit} placeName={place.name} />
          </>
        )}
      </Section>

      <Section title={`${measureName} over time`}>
        {view.interval === 'none' ? (
          <p className="insights__empty">Choose months, quarters or years under “Show figures by” to see how the figures change over time.</p>
        ) : periodic.isPending ? (
          <Loading label="Loading the trend…" />
        ) : periodic.isError ? (
          <ErrorPanel error={periodic.error} headingLevel={4} onRetry={() => void periodic.refetch()} retrying={periodic.isRefetching} />
        ) : measureItem ? (
          <TrendChart
            title={`${measureName} by ${unitWord}`}
            indicator={view.measure}
            label={measureItem.label}
            kind={measureItem.kind}
            points={series}
            benchmark={measureItem.benchmark}
            threshold={periodic.data.threshold}
            unitWord={unitWord}
            placeName={place.name}
          />
        ) : (
          <p className="insights__empty">No one has answered the {measureName.toLowerCase()} question for this selection.</p>
        )}
      </Section>

      <Section title={`${measureName} for different groups`}>
        {!signedIn ? (
          <p className="insights__empty">Sign in to break the figures down by age, gender, ethnic group and more.</p>
        ) : breakdown === undefined ? (
          <p className="insights__empty">Choose a breakdown under “Break down by” to compare groups of residents.</p>
        ) : split.isPending ? (
          <Loading label="Loading the breakdown…" />
        ) : split.isError ? (
          <ErrorPanel error={split.error} headingLevel={4} onRetry={() => void split.refetch()} retrying={split.isRefetching} />
        ) : (
          (() => {
            const items = split.data.items.filter((item) => item.indicator === view.measure);
            const first = items[0];
            return first ? (
              <>
                <Updating active={split.isPlaceholderData} />
                <BreakdownChart
                  title={`${measureName} by ${BREAKDOWN_LABELS[breakdown].toLowerCase()}`}
                  indicator={view.measure}
                  label={first.label}
                  kind={first.kind}
                  breakdown={breakdown}
                  items={items}
                  benchmark={first.benchmark}
                  threshold={split.data.threshold}
                  placeName={place.name}
                />
              </>
            ) : (
              <p className="insights__empty">No one has answered the {measureName.toLowerCase()} question for this selection.</p>
            );
          })()
        )}
      </Section>

      <Section title="Place Standard compass" lead="How residents rate 14 things that make a good place, over the whole period chosen.">
        {overall.isPending ? (
          <Loading label="Loading the compass…" />
        ) : overall.isError ? (
          <ErrorPanel error={overall.error} headingLevel={4} onRetry={() => void overall.refetch()} retrying={overall.isRefetching} />
        ) : (
          <CompassChart themes={compassThemes(overall.data.items)} threshold={overall.data.threshold} placeName={place.name} />
        )}
      </Section>

      <Section title="Reach and partnership" lead={`Events in ${place.name}’s spaces: how many sessions were held, who came, and how partners work together.${
          view.neighbourhood || view.space || view.event || view.survey ? ' These figures are for the whole place; only the dates apply.' : ''
        }`}>
        {/* Reach and the gaps are far down a phone's screen: asked for only when the reader comes near them. */}
        <WhenNear placeholder={<NotYet what="Reach and partnership figures" />}>
          <ReachContent place={place} query={toReachQuery(view)} unitWord={unitWord} />
        </WhenNear>
      </Section>

      <Section title="Where the gaps are" lead="Neighbourhoods ranked by how much a new space or regular activity could matter there, from everything recorded so far (the filters don’t apply here).">
        <WhenNear placeholder={<NotYet what="The neighbourhoods and their scores" />}>
          <GapContent place={place} />
        </WhenNear>
      </Section>
    </div>
  );
}
