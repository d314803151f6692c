import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { CALDERDALE_ID, jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { describeProblem } from '../lib/boundary-problems';
import { ImportBoundaries } from './import-boundaries';

const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { LSOA21CD: 'E01010577' },
      geometry: { type: 'Polygon', coordinates: [[[-1.9, 53.72], [-1.89, 53.72], [-1.89, 53.73], [-1.9, 53.72]]] },
    },
  ],
});

function renderImport() {
  return renderWithProviders(<ImportBoundaries placeId={CALDERDALE_ID} placeName="Calderdale" />, { auth: fakeAuth(['admin']) });
}

describe('loading neighbourhood boundaries', () => {
  beforeEach(() => {
    setUpApiClient('admin-token');
  });

  it('sends the file as GeoJSON and says what was loaded', async () => {
    const { requests } = mockFetch(() => jsonResponse({ features: 33755, loaded: 129, otherCodes: 33626, withoutBoundary: 0 }));
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByLabelText('GeoJSON file'), new File([GEOJSON], 'lsoa.geojson', { type: 'application/geo+json' }));
    await user.click(screen.getByRole('button', { name: 'Upload boundaries' }));

    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent('Loaded 129 boundaries for Calderdale');
    expect(report).toHaveTextContent('Other areas (ignored)33,626');
    expect(report).toHaveTextContent('the gap analysis now counts the open spaces within walking distance');
    const post = requests[0]!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/places/${CALDERDALE_ID}/neighbourhoods/boundaries`);
    expect(post.method).toBe('POST');
    expect(post.headers.get('Content-Type')).toBe('application/geo+json');
    expect(await post.text()).toBe(GEOJSON);
  });

  it('asks for a file before sending anything', async () => {
    const { requests } = mockFetch(() => jsonResponse({}));
    const user = userEvent.setup();
    renderImport();
    await user.click(screen.getByRole('button', { name: 'Upload boundaries' }));
    expect(screen.getByText('Choose a GeoJSON file to upload')).toBeInTheDocument();
    expect(screen.getByLabelText('GeoJSON file')).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  it('names each bad feature by its number in the file, and says nothing changed', async () => {
    mockFetch(() =>
      problemResponse({
        type: 'urn:kickstart:problem:validation',
        title: 'The request is not valid',
        status: 400,
        detail: 'No boundaries were loaded: 2 problems in the file.',
        errors: [
          { field: 'features[1].geometry', message: 'is not a valid polygon: Self-intersection[-1.875 53.723]' },
          { field: 'features[4].geometry.coordinates', message: 'must be longitude and latitude in WGS 84 (EPSG:4326)' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByLabelText('GeoJSON file'), new File([GEOJSON], 'lsoa.geojson'));
    await user.click(screen.getByRole('button', { name: 'Upload boundaries' }));
    const summary = await screen.findByRole('alert', { name: 'The boundaries were not loaded' });
    expect(summary).toHaveTextContent('Nothing has been changed.');
    expect(summary).toHaveTextContent('Feature 2, geometry: is not a valid polygon: Self-intersection');
    expect(summary).toHaveTextContent('Feature 5, geometry.coordinates: must be longitude and latitude');
  });

  it('describes problems of the whole file by their field', () => {
    expect(describeProblem('type', 'must be FeatureCollection')).toBe('type: must be FeatureCollection');
    expect(describeProblem('features[0]', 'is bad')).toBe('Feature 1: is bad');
  });
});
