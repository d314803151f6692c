import { ErrorPanel } from '@/components/error-panel';
import { ErrorSummary } from '@/components/error-summary';
import { FileUploadForm } from '@/components/file-upload-form';
import { formatCount, pluralise } from '@/lib/format';
import { hasStatus, isProblemError } from '@/lib/problem';
import { useImportBoundaries } from '../api/import-boundaries';
import { describeProblem } from '../lib/boundary-problems';
import type { BoundaryReport } from '../types';

export interface ImportBoundariesProps {
  placeId: string;
  placeName: string;
}

/** Admins: upload LSOA boundaries as GeoJSON, so gap analysis can count what is within walking distance. */
export function ImportBoundaries({ placeId, placeName }: ImportBoundariesProps) {
  const mutation = useImportBoundaries();
  return (
    <section className="import" aria-labelledby="boundaries-title">
      <h3 id="boundaries-title">Load neighbourhood boundaries</h3>
      <p className="section__lead">
        Upload the LSOA boundaries as GeoJSON in WGS 84 (for example the ONS “LSOA (December 2021) Boundaries” file). With
        them, the gap analysis counts the open spaces within walking distance of each neighbourhood. Areas outside{' '}
        {placeName} are counted and ignored; if any boundary has a problem, nothing is loaded.
      </p>
      <FileUploadForm
        id="boundaries-file"
        label="GeoJSON file"
        hint="A FeatureCollection of polygons, each with its LSOA code in the LSOA21CD property."
        accept=".geojson,.json,application/geo+json,application/json"
        missingMessage="Choose a GeoJSON file to upload"
        submitLabel="Upload boundaries"
        busyLabel="Loading…"
        pending={mutation.isPending}
        onChoose={() => {
          mutation.reset();
        }}
        onSubmit={(file) => {
          mutation.mutate({ placeId, geojson: file });
        }}
      />
      {mutation.isSuccess ? <BoundaryResult report={mutation.data} placeName={placeName} /> : null}
      {mutation.isError ? <BoundaryFailure error={mutation.error} /> : null}
    </section>
  );
}

function BoundaryResult({ report, placeName }: { report: BoundaryReport; placeName: string }) {
  return (
    <div className="import-report notice notice--success" role="status">
      <h4 className="import-report__title">
        {report.loaded > 0
          ? `Loaded ${pluralise(report.loaded, 'boundary', 'boundaries')} for ${placeName}`
          : `No boundaries for ${placeName}’s neighbourhoods were found in the file`}
      </h4>
      <dl className="facts facts--compact import-report__facts">
        <div className="facts__item">
          <dt>Features read</dt>
          <dd>{formatCount(report.features)}</dd>
        </div>
        <div className="facts__item">
          <dt>Boundaries loaded</dt>
          <dd>{formatCount(report.loaded)}</dd>
        </div>
        <div className="facts__item">
          <dt>Other areas (ignored)</dt>
          <dd>{formatCount(report.otherCodes)}</dd>
        </div>
        <div className="facts__item">
          <dt>Neighbourhoods still without one</dt>
          <dd>{formatCount(report.withoutBoundary)}</dd>
        </div>
      </dl>
      {report.withoutBoundary > 0 ? (
        <p>Walking distances show once every neighbourhood of {placeName} has a boundary.</p>
      ) : (
        <p>Every neighbourhood has a boundary: the gap analysis now counts the open spaces within walking distance.</p>
      )}
    </div>
  );
}

function BoundaryFailure({ error }: { error: unknown }) {
  if (hasStatus(error, 413)) {
    return <ErrorPanel error={error} headingLevel={4} title="The file is too large to upload" />;
  }
  if (!isProblemError(error) || error.status !== 400 || error.errors.length === 0) {
    return <ErrorPanel error={error} headingLevel={4} title="The boundaries were not loaded" />;
  }
  return (
    <ErrorSummary
      title="The boundaries were not loaded"
      description={<p>{error.detail ?? 'Some features have problems.'} Nothing has been changed. Fix the file, then upload it again.</p>}
      items={error.errors.map(({ field, message }) => ({ message: describeProblem(field, message) }))}
    />
  );
}
