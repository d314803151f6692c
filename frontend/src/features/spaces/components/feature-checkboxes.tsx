import { ACCESSIBILITY_FEATURES, FEATURE_LABELS, WELCOME_FEATURES } from '../lib/labels';
import type { SpaceFeature } from '../types';

export interface FeatureCheckboxesProps {
  /** Prefix for the checkboxes' ids; the first accessibility box gets `${idPrefix}-accessibility`. */
  idPrefix: string;
  checked: readonly SpaceFeature[];
  onChange: (feature: SpaceFeature, checked: boolean) => void;
  accessibilityLegend?: string;
  welcomeLegend?: string;
  accessibilityError?: string | undefined;
  welcomeError?: string | undefined;
}

function Group({
  id,
  legend,
  features,
  checked,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  features: readonly SpaceFeature[];
  checked: readonly SpaceFeature[];
  onChange: FeatureCheckboxesProps['onChange'];
  error?: string | undefined;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset className={error ? 'fieldset feature-group field--error' : 'fieldset feature-group'} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <ul className="choices choices--columns">
        {features.map((feature, index) => {
          const boxId = index === 0 ? id : `${id}-${feature}`;
          return (
            <li key={feature} className="choice">
              <input
                id={boxId}
                className="choice__input"
                type="checkbox"
                name={id}
                value={feature}
                checked={checked.includes(feature)}
                onChange={(event) => {
                  onChange(feature, event.target.checked);
                }}
              />
              <label className="choice__label" htmlFor={boxId}>
                {FEATURE_LABELS[feature]}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The accessibility and welcome features as two groups of checkboxes. */
export function FeatureCheckboxes({
  idPrefix,
  checked,
  onChange,
  accessibilityLegend = 'Accessibility',
  welcomeLegend = 'Welcome',
  accessibilityError,
  welcomeError,
}: FeatureCheckboxesProps) {
  return (
    <div className="feature-groups">
      <Group
        id={`${idPrefix}-accessibility`}
        legend={accessibilityLegend}
        features={ACCESSIBILITY_FEATURES}
        checked={checked}
        onChange={onChange}
        error={accessibilityError}
      />
      <Group
        id={`${idPrefix}-welcome`}
        legend={welcomeLegend}
        features={WELCOME_FEATURES}
        checked={checked}
        onChange={onChange}
        error={welcomeError}
      />
    </div>
  );
}
