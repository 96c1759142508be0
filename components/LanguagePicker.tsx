import { chosenUiLanguage, LANGUAGE_ENDONYMS, t, UI_LANGUAGES, type UiLanguage } from '@/lib/i18n';
import { chooseUiLanguage } from '@/lib/ui-language';

/**
 * The interface language: the browser's, or one the reader picks (Debian's Firefox ESR, for one, has no Urdu, Pashto
 * or Dari UI to pick it from). Each language is named in itself, so a reader finds theirs in any interface.
 */
export function LanguagePicker({ onChosen = () => location.reload() }: { onChosen?: () => void }) {
  return (
    <section aria-labelledby="ui-language-h">
      <h2 id="ui-language-h">{t('uiLanguageHeading')}</h2>
      <label class="row">
        <select
          data-testid="options-ui-language"
          aria-labelledby="ui-language-h"
          value={chosenUiLanguage()}
          onChange={(e) => {
            const lang = (e.currentTarget as HTMLSelectElement).value as UiLanguage;
            void chooseUiLanguage(lang).then(onChosen);
          }}
        >
          {UI_LANGUAGES.map((lang) =>
            lang === 'auto' ? (
              <option value="auto" key="auto">
                {t('uiLanguageAuto')}
              </option>
            ) : (
              <option value={lang} key={lang} lang={lang === 'fa' ? 'fa-AF' : lang}>
                {LANGUAGE_ENDONYMS[lang]}
              </option>
            ),
          )}
        </select>
      </label>
      <p class="hint">{t('uiLanguageHint')}</p>
    </section>
  );
}
