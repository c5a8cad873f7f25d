package dk.virkning.stats.instrument;

import java.util.Locale;

/**
 * A text in Danish and English. Both are required: reports are Danish by default and
 * English on request, so an instrument without either cannot be shown.
 *
 * @param da the Danish text
 * @param en the English text
 */
public record LocalizedText(String da, String en) {

    public LocalizedText {
        if (da == null || da.isBlank()) {
            throw new IllegalArgumentException("Danish text (da) is missing");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("English text (en) is missing");
        }
    }

    /** The text for a locale: English for English, Danish for everything else. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : da;
    }
}
