import type { SpaceStatus } from '../types';

/** The lifecycle, in order: planning and developing a space is the programme's work. */
export const STATUSES = ['idea', 'planned', 'in_development', 'open', 'closed'] as const satisfies readonly SpaceStatus[];

export const STATUS_LABELS: Record<SpaceStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  in_development: 'In development',
  open: 'Open',
  closed: 'Closed',
};

/** One letter per stage, shown on map markers and badges so the status never relies on colour. */
export const STATUS_LETTERS: Record<SpaceStatus, string> = {
  idea: 'I',
  planned: 'P',
  in_development: 'D',
  open: 'O',
  closed: 'C',
};

export const STATUS_DESCRIPTIONS: Record<SpaceStatus, string> = {
  idea: 'Someone has suggested it.',
  planned: 'The partnership has agreed to make it happen.',
  in_development: 'Work is under way to get it ready.',
  open: 'People can use it now.',
  closed: 'It is not open, or the plan was dropped.',
};

/**
 * The moves the API allows (changeSpaceStatus): forward one stage; any stage before open may go
 * to closed (the plan is dropped); a closed space may reopen. Anything else is refused with 409.
 */
const MOVES: Record<SpaceStatus, readonly SpaceStatus[]> = {
  idea: ['planned', 'closed'],
  planned: ['in_development', 'closed'],
  in_development: ['open', 'closed'],
  open: ['closed'],
  closed: ['open'],
};

export function allowedMoves(from: SpaceStatus): readonly SpaceStatus[] {
  return MOVES[from];
}

/** What moving to `to` from `from` means, in a few words. */
export function moveDescription(from: SpaceStatus, to: SpaceStatus): string {
  if (to === 'closed') return from === 'open' ? 'It is no longer open.' : 'The plan is dropped.';
  if (from === 'closed' && to === 'open') return 'It is open again.';
  return STATUS_DESCRIPTIONS[to];
}
