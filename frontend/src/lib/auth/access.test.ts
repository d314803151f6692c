import { describe, expect, it } from 'vitest';
import { canCreatePartner, canEditPartner, canWriteInPlace, type AccessFacts } from './access';

const calderdale = { id: 'c', slug: 'calderdale', name: 'Calderdale' };
const newham = { id: 'n', slug: 'newham', name: 'Newham' };

const admin: AccessFacts = { roles: ['admin'], organises: [] };
const organiserOfCalderdale: AccessFacts = { roles: ['organiser'], organises: [calderdale] };
const analyst: AccessFacts = { roles: ['analyst'], organises: [] };
const visitor: AccessFacts = { roles: [], organises: [] };
// The app only trusts `organises` together with the organiser role, as the API does.
const analystListedAsOrganiser: AccessFacts = { roles: ['analyst'], organises: [calderdale] };

describe('who may write where', () => {
  it('lets admins write everywhere and organisers in their own places only', () => {
    expect(canWriteInPlace(admin, 'n')).toBe(true);
    expect(canWriteInPlace(organiserOfCalderdale, 'c')).toBe(true);
    expect(canWriteInPlace(organiserOfCalderdale, 'n')).toBe(false);
    expect(canWriteInPlace(analyst, 'c')).toBe(false);
    expect(canWriteInPlace(visitor, 'c')).toBe(false);
    expect(canWriteInPlace(analystListedAsOrganiser, 'c')).toBe(false);
  });

  it('lets admins and organisers create partners', () => {
    expect(canCreatePartner(admin)).toBe(true);
    expect(canCreatePartner(organiserOfCalderdale)).toBe(true);
    expect(canCreatePartner(analyst)).toBe(false);
    expect(canCreatePartner(visitor)).toBe(false);
  });

  it('lets organisers edit partners in a partnership of a place they organise', () => {
    expect(canEditPartner(organiserOfCalderdale, [newham, calderdale])).toBe(true);
    expect(canEditPartner(organiserOfCalderdale, [newham])).toBe(false);
    expect(canEditPartner(organiserOfCalderdale, [])).toBe(false);
    expect(canEditPartner(admin, [])).toBe(true);
    expect(canEditPartner(analyst, [calderdale])).toBe(false);
  });
});
