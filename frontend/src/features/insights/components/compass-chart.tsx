import { formatCount } from '@/lib/format';
import { axisEnd, compassShape, scorePoint, scoreRadius, toPoints, SCALE_MAX, SCALE_MIN, type CompassGeometry } from '../lib/compass';
import { csvFileName } from '../lib/csv';
import { formatInterval, formatValue, isShown, suppressionReason } from '../lib/format';
import { PLACE_STANDARD_THEMES } from '../lib/labels';
import { compassCsv, describeCompass, type Theme } from '../lib/views';
import { ChartFrame } from './chart-frame';

const SIZE = 340;
const GEOMETRY: CompassGeometry = { cx: SIZE / 2, cy: SIZE / 2, radius: SIZE / 2 - 34 };
const COUNT = PLACE_STANDARD_THEMES.length;

/**
 * The Place Standard compass: 14 themes round a circle, each score (1–7) as a point on its axis,
 * joined into a shape. Near the centre: needs improvement; near the rim: a strength. Themes are
 * numbered on the chart and named in the list beside it.
 */
export function CompassChart({ themes, threshold, placeName }: { themes: readonly Theme[]; threshold: number; placeName: string }) {
  const shape = compassShape(
    themes.map((theme) => (isShown(theme.item) ? theme.item.value : undefined)),
    GEOMETRY,
  );
  const answered = themes.some((theme) => theme.item !== undefined);
  const title = 'Place Standard compass';

  const list = (
    <ol className="compass__themes">
      {themes.map((theme) => (
        <li key={theme.index} className="compass__theme">
          <span className="compass__theme-name">{theme.name}</span>{' '}
          <span className="compass__theme-value">
            {isShown(theme.item) ? (
              <>
                <strong>{formatValue('mean', theme.item.value)}</strong>
                {theme.item.ciLow !== undefined && theme.item.ciHigh !== undefined ? (
                  <span className="muted"> ({formatInterval('mean', theme.item.ciLow, theme.item.ciHigh)}, {formatCount(theme.item.n)} answers)</span>
                ) : null}
              </>
            ) : (
              <span className="insights__suppressed">{theme.item ? suppressionReason(theme.item, threshold) : 'no answers'}</span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );

  const table = (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col" className="table__number">
              Average (1–7)
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" className="table__number">
              Answers
            </th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.index}>
              <th scope="row">
                {theme.index + 1}. {theme.name}
              </th>
              {isShown(theme.item) ? (
                <>
                  <td className="table__number">{formatValue('mean', theme.item.value)}</td>
                  <td>
                    {theme.item.ciLow !== undefined && theme.item.ciHigh !== undefined
                      ? formatInterval('mean', theme.item.ciLow, theme.item.ciHigh)
                      : ''}
                  </td>
                </>
              ) : (
                <td colSpan={2} className="insights__suppressed">
                  {theme.item ? suppressionReason(theme.item, threshold) : 'no answers'}
                </td>
              )}
              <td className="table__number">{formatCount(theme.item?.n ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  if (!answered) {
    return (
      <p className="insights__empty">
        No one has rated the Place Standard themes here yet. Add the Place Standard questions to a survey to see the compass.
      </p>
    );
  }

  return (
    <ChartFrame
      title={title}
      description={
        <p>
          Residents rate 14 themes from 1 (a lot of room for improvement) to 7 (very little). Near the centre: needs improvement;
          near the rim: a strength.
        </p>
      }
      table={table}
      csv={() => ({ fileName: csvFileName('place-standard', placeName), content: compassCsv(themes, threshold) })}
      className="insight-chart--wide"
    >
      <div className="compass">
        <svg className="compass__svg" viewBox={`0 0 ${String(SIZE)} ${String(SIZE)}`} role="img" aria-label={describeCompass(themes, threshold)}>
          {Array.from({ length: SCALE_MAX - SCALE_MIN }, (_, step) => SCALE_MIN + step + 1).map((level) => (
            <circle
              key={level}
              className={level === SCALE_MAX ? 'compass__ring compass__ring--rim' : 'compass__ring'}
              cx={GEOMETRY.cx}
              cy={GEOMETRY.cy}
              r={scoreRadius(level, GEOMETRY.radius)}
            />
          ))}
          {themes.map((theme) => {
            const end = axisEnd(theme.index, COUNT, GEOMETRY);
            return <line key={theme.index} className="compass__axis" x1={GEOMETRY.cx} y1={GEOMETRY.cy} x2={end.x} y2={end.y} />;
          })}
          {[4, 7].map((level) => {
            const point = scorePoint(0, COUNT, level, GEOMETRY);
            return (
              <text key={level} className="compass__scale" x={point.x + 4} y={point.y + 12}>
                {level}
              </text>
            );
          })}
          {shape.polygon ? <polygon className="compass__shape" points={toPoints(shape.polygon)} /> : null}
          {shape.lines.map((line) => (
            <polyline key={toPoints(line)} className="compass__outline" points={toPoints(line)} />
          ))}
          {shape.points.map((point) => (
            <circle key={point.index} className="compass__point" cx={point.x} cy={point.y} r={4} />
          ))}
          {themes.map((theme) => {
            const label = axisEnd(theme.index, COUNT, GEOMETRY, 16);
            const missing = !isShown(theme.item);
            return (
              <text
                key={theme.index}
                className={missing ? 'compass__number compass__number--missing' : 'compass__number'}
                x={label.x}
                y={label.y}
                dy="0.35em"
                textAnchor="middle"
              >
                {theme.index + 1}
              </text>
            );
          })}
        </svg>
        {list}
      </div>
    </ChartFrame>
  );
}
