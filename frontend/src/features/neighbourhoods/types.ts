import type { components } from '@/lib/api/schema';

export type Neighbourhood = components['schemas']['Neighbourhood'];
export type NeighbourhoodPage = components['schemas']['NeighbourhoodPage'];
export type ImportReport = components['schemas']['ImportReport'];
export type IodEdition = Neighbourhood['iodEdition'];
