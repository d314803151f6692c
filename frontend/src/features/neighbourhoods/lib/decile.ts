/** Words for an IMD decile: 1 is the most deprived 10% of neighbourhoods in England. */
export function decileMeaning(decile: number): string {
  if (decile === 1) return 'most deprived 10%';
  if (decile === 10) return 'least deprived 10%';
  return decile <= 5 ? `among the ${String(decile * 10)}% most deprived` : `among the ${String((11 - decile) * 10)}% least deprived`;
}
