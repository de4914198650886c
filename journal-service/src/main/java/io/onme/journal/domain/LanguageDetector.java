package io.onme.journal.domain;

/**
 * Picks the language of a reflection by its dominant script: Hebrew letters against Latin letters.
 */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    /**
     * @param fallback used when neither script has more letters (e.g. only digits), may be null
     */
    public static Language detect(String text, Language fallback) {
        long hebrew = 0;
        long latin = 0;
        if (text != null) {
            for (int i = 0; i < text.length();) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.HEBREW) {
                    hebrew++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        if (hebrew > latin) {
            return Language.HE;
        }
        if (latin > hebrew) {
            return Language.EN;
        }
        return fallback != null ? fallback : Language.EN;
    }
}
