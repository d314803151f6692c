import { useEffect, useState } from 'react';

/**
 * The time now, in milliseconds, read once when the component mounts and again every minute,
 * so what counts as past or coming up stays right on a page left open.
 */
export function useNow(refreshMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, refreshMs);
    return () => {
      clearInterval(timer);
    };
  }, [refreshMs]);
  return now;
}
