import { useState } from 'react';
import { groupByTopic } from '../lib/bank';
import { SOURCE_LABELS, TYPE_LABELS, languageName } from '../lib/labels';
import type { Question } from '../types';

export interface QuestionPickerProps {
  bank: readonly Question[];
  chosen: ReadonlySet<string>;
  onToggle: (code: string, chosen: boolean) => void;
  disabled?: boolean;
}

function translatedInto(question: Question): string {
  const languages = Object.keys(question.translations).filter((language) => language !== 'en');
  return languages.length === 0 ? 'English only' : `Also in ${languages.map(languageName).join(', ')}`;
}

/** The question bank by topic, each question with where it comes from; ticking one adds it to the survey. */
export function QuestionPicker({ bank, chosen, onToggle, disabled = false }: QuestionPickerProps) {
  // Topics with chosen questions start open; after that each stays as the person leaves it.
  const [openAtFirst] = useState(() => new Set(bank.filter((question) => chosen.has(question.code)).map((question) => question.topic)));
  return (
    <div className="bank">
      {groupByTopic(bank).map((group) => {
        const picked = group.questions.filter((question) => chosen.has(question.code)).length;
        return (
          <details key={group.topic} className="bank__topic" open={openAtFirst.has(group.topic) || undefined}>
            <summary className="bank__summary">
              {group.label} <span className="bank__count">({picked} of {group.questions.length} chosen)</span>
            </summary>
            <fieldset className="bank__group" disabled={disabled}>
              <legend className="visually-hidden">{group.label}</legend>
              <ul className="choices">
                {group.questions.map((question) => {
                  const id = `bank-${question.code}`;
                  return (
                    <li key={question.code} className="choice bank__question">
                      <input
                        id={id}
                        className="choice__input"
                        type="checkbox"
                        checked={chosen.has(question.code)}
                        aria-describedby={`${id}-meta`}
                        onChange={(event) => {
                          onToggle(question.code, event.target.checked);
                        }}
                      />
                      <label className="choice__label bank__text" htmlFor={id}>
                        {question.text}
                      </label>
                      <p className="choice__hint" id={`${id}-meta`}>
                        <span className="bank__source">{SOURCE_LABELS[question.source]}</span> · {TYPE_LABELS[question.type]} ·{' '}
                        {translatedInto(question)}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
