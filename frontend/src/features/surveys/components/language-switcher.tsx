import { nativeLanguageName } from '../lib/labels';

export interface LanguageSwitcherProps {
  languages: readonly string[];
  current: string;
  onChange: (language: string) => void;
  /** True while the form in the chosen language loads. */
  busy?: boolean;
}

/** The survey's languages, each named in itself (“Polski”, “اردو”), as buttons. */
export function LanguageSwitcher({ languages, current, onChange, busy = false }: LanguageSwitcherProps) {
  if (languages.length < 2) return null;
  return (
    <nav className="language-switcher" aria-label="Language" aria-busy={busy || undefined}>
      <ul className="language-switcher__list">
        {languages.map((language) => {
          const selected = language === current;
          return (
            <li key={language}>
              <button
                type="button"
                className="language-switcher__button"
                lang={language}
                aria-pressed={selected}
                onClick={() => {
                  if (!selected) onChange(language);
                }}
              >
                {nativeLanguageName(language)}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
