import { decileMeaning } from '../lib/decile';

const CELLS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * An IMD decile as a number and a 10-step scale with its step marked. The number and the
 * position carry the meaning; the colour (darker = more deprived) only supports it.
 */
export function DecileIndicator({ decile }: { decile: number }) {
  return (
    <span className="decile">
      <span className="decile__scale" aria-hidden="true">
        {CELLS.map((cell) => (
          <span key={cell} className={cell === decile ? `decile__cell decile__cell--on decile__cell--${String(cell)}` : 'decile__cell'} />
        ))}
      </span>
      <span className="decile__value">{decile}</span>
      <span className="visually-hidden"> ({decileMeaning(decile)})</span>
    </span>
  );
}
