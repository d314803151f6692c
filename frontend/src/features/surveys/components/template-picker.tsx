import { FormFieldset } from '@/components/form-field';
import { pluralise } from '@/lib/format';
import type { SurveyTemplate, SurveyTemplateId } from '../types';

export interface TemplatePickerProps {
  id: string;
  templates: readonly SurveyTemplate[];
  value: SurveyTemplateId | 'own' | '';
  onChoose: (choice: SurveyTemplateId | 'own') => void;
}

/** Start from a ready-made set of questions, or choose them one by one. */
export function TemplatePicker({ id, templates, value, onChoose }: TemplatePickerProps) {
  return (
    <FormFieldset id={id} legend="Start from" hint="A template fills in recognised questions in a sensible order. You can change them afterwards.">
      <ul className="choices template-choices">
        {templates.map((template, index) => {
          const inputId = index === 0 ? id : `${id}-${template.id}`;
          return (
            <li key={template.id} className="choice template-choice">
              <input
                id={inputId}
                className="choice__input"
                type="radio"
                name={id}
                value={template.id}
                checked={value === template.id}
                aria-describedby={`${inputId}-hint`}
                onChange={() => {
                  onChoose(template.id);
                }}
              />
              <label className="choice__label" htmlFor={inputId}>
                {template.title}
              </label>
              <p className="choice__hint" id={`${inputId}-hint`}>
                {pluralise(template.questions.length, 'question')}. {template.intro}
              </p>
            </li>
          );
        })}
        <li className="choice template-choice">
          <input
            id={`${id}-own`}
            className="choice__input"
            type="radio"
            name={id}
            value="own"
            checked={value === 'own'}
            aria-describedby={`${id}-own-hint`}
            onChange={() => {
              onChoose('own');
            }}
          />
          <label className="choice__label" htmlFor={`${id}-own`}>
            Choose questions myself
          </label>
          <p className="choice__hint" id={`${id}-own-hint`}>
            Pick from the question bank below.
          </p>
        </li>
      </ul>
    </FormFieldset>
  );
}
