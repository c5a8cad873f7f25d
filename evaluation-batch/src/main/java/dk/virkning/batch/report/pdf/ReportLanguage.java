package dk.virkning.batch.report.pdf;

import java.util.Locale;
import java.util.Optional;

/** The languages reports are written in: Danish by default, English on request. */
public enum ReportLanguage {
    DA("da", Locale.forLanguageTag("da-DK")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    ReportLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code used in URLs, job parameters and the report table: {@code da} or {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a code; an absent code means Danish, an unknown one is empty. */
    public static Optional<ReportLanguage> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(DA);
        }
        for (ReportLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
