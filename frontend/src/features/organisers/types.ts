import type { components } from '@/lib/api/schema';

export type User = components['schemas']['User'];
export type UserPage = components['schemas']['UserPage'];
export type Organiser = components['schemas']['Organiser'];
export type OrganiserList = components['schemas']['OrganiserList'];
