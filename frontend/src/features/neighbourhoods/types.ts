import type { components } from '@/lib/api/schema';

export type Neighbourhood = components['schemas']['Neighbourhood'];
export type NeighbourhoodPage = components['schemas']['NeighbourhoodPage'];
export type ImportReport = components['schemas']['ImportReport'];
export type IodEdition = Neighbourhood['iodEdition'];
export type BoundaryReport = components['schemas']['BoundaryReport'];
export type BoundaryCollection = components['schemas']['BoundaryCollection'];
