import { Button } from '@/components/button';
import { formatCount } from '@/lib/format';
import { csvFileName, downloadCsv } from '../lib/csv';
import { capitalise, formatBase, formatBenchmark, formatInterval, formatValue, isShown, suppressionReason } from '../lib/format';
import { INDICATOR_NAMES, LOWER_IS_BETTER, periodLabel } from '../lib/labels';
import type { PeriodUnit } from '../lib/series';
import { headlines, headlinesCsv, type Headline } from '../lib/views';
import type { IndicatorResult } from '../types';

function HeadlineCard({ headline, threshold }: { headline: Headline; threshold: number }) {
  const { latest, kind, change, benchmark } = headline;
  const item = latest.item;
  const when = periodLabel(latest.period);
  return (
    <li className="headline-card">
      <h4 className="headline-card__name">{INDICATOR_NAMES[headline.indicator]}</h4>
      <p className="headline-card__label">
        {headline.label}
        {LOWER_IS_BETTER.has(headline.indicator) ? <span className="headline-card__hint"> (lower is better)</span> : null}
      </p>
      {isShown(item) ? (
        <>
          <p className="headline-card__value">{formatValue(kind, item.value)}</p>
          <p className="headline-card__detail">
            {item.ciLow !== undefined && item.ciHigh !== undefined ? (
              <>
                Likely {formatInterval(kind, item.ciLow, item.ciHigh)} (95% interval),{' '}
              </>
            ) : null}
            {formatBase(item.n)}, in {when}.
          </p>
        </>
      ) : (
        <>
          <p className="headline-card__value headline-card__value--none">Not shown</p>
          <p className="headline-card__detail">
            {item ? `${capitalise(suppressionReason(item, threshold))} in ${when} (${formatCount(item.n)} answered).` : `No answers in ${when}.`}
          </p>
        </>
      )}
      <p className={`headline-card__change headline-card__change--${change.direction}`}>
        {change.text}
        {change.note ? <span className="headline-card__note"> {change.note}</span> : null}
      </p>
      {benchmark ? (
        <p className="headline-card__benchmark">
          {formatBenchmark(kind, benchmark)}.{benchmark.note ? <span className="headline-card__note"> {benchmark.note}</span> : null}
        </p>
      ) : (
        <p className="headline-card__benchmark headline-card__benchmark--none">No England figure to compare with.</p>
      )}
    </li>
  );
}

export interface HeadlineCardsProps {
  result: IndicatorResult;
  unit: PeriodUnit;
  placeName: string;
}

/** A card per key indicator: the latest figure, its interval and base, the change, and England's figure. */
export function HeadlineCards({ result, unit, placeName }: HeadlineCardsProps) {
  const rows = headlines(result, unit);
  if (rows.length === 0) {
    return <p className="insights__empty">No one has answered a survey in {placeName} for this selection yet.</p>;
  }
  const noneShown = rows.every((row) => !isShown(row.latest.item));
  return (
    <>
      {noneShown ? (
        <p className="insights__empty">
          Too few people answered in {periodLabel(rows[0]?.latest.period)} to show figures here. Try whole years, a longer period, or
          all of the place.
        </p>
      ) : null}
      <ul className="headline-cards">
        {rows.map((headline) => (
          <HeadlineCard key={headline.indicator} headline={headline} threshold={result.threshold} />
        ))}
      </ul>
      <p className="insights__download">
        <Button
          variant="secondary"
          className="button--small"
          onClick={() => {
            downloadCsv(csvFileName('headlines', placeName), headlinesCsv(rows, result.threshold));
          }}
        >
          Download the headlines as CSV
        </Button>
      </p>
    </>
  );
}
