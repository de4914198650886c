import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import he from './he.json';

export const LANGUAGES = ['he', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const CHOSEN = 'onme.language';

/** The language to show: the user's own choice on this device, else the token's `locale` claim, else the browser's. */
export function initialLanguage(locale?: string): UiLanguage {
  const chosen = localStorage.getItem(CHOSEN);
  for (const candidate of [chosen, locale, navigator.language]) {
    const base = candidate?.slice(0, 2).toLowerCase();
    if (base === 'he' || base === 'iw') return 'he';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** Hebrew is right-to-left: the whole document follows the language, so the layout mirrors with logical CSS. */
function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

i18next.on('languageChanged', applyToDocument);

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, he: { translation: he } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function chooseLanguage(language: UiLanguage, remember = true) {
  if (remember) localStorage.setItem(CHOSEN, language);
  return i18next.changeLanguage(language);
}

/** The GraphQL Language enum for the UI language (archetype names, playbooks). */
export const apiLanguage = (language: string) => (language.startsWith('he') ? 'HE' : 'EN') as 'HE' | 'EN';

export default i18next;
