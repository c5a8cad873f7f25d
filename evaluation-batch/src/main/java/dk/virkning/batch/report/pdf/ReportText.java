package dk.virkning.batch.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text and number of a report, in one language: texts from the message bundle
 * {@code messages/report_xx.properties}, numbers the Danish way in Danish ({@code 1.234,5}) and the
 * English way in English ({@code 1,234.5}). Undefined numbers are shown as an en dash, never as 0.
 */
public final class ReportText {

    /** What an undefined or hidden number is shown as. */
    public static final String NONE = "–";
    /** What a cell resting on fewer than five participants is shown as to a funder. */
    public static final String SMALL_CELL = "<5";
    /** A count of five or more withheld from a funder because a small one could be worked out from it. */
    public static final String WITHHELD = "x";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dates;

    public ReportText(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("messages/report", language.locale(), NO_FALLBACK);
        this.symbols = DecimalFormatSymbols.getInstance(language.locale());
        this.symbols.setMinusSign('-');
        this.dates = DateTimeFormatter.ofPattern(language == ReportLanguage.DA ? "d. MMMM yyyy" : "d MMMM yyyy",
                language.locale());
    }

    public ReportLanguage language() {
        return language;
    }

    /** The text for a key, with {@code {0}}-style arguments already formatted as strings. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message " + key + " is missing from the " + language.code() + " report bundle", e);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(arguments);
    }

    /** The text for a key, or {@code fallback} when the bundle has none (e.g. an instrument added later). */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A number with exactly {@code decimals} decimals, or {@value #NONE} when undefined. */
    public String number(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        // Round the shortest decimal that names the double, not its binary expansion: a mean of
        // 3964 / 80 = 49.55 is stored as 49.5499999...; by hand, and here, it rounds to 49.6.
        String text = format.format(BigDecimal.valueOf(value));
        // "-0,0" says a sign the rounded number does not have
        return text.matches("-0([.,]0+)?") ? text.substring(1) : text;
    }

    /**
     * A number of points on an instrument's scale: "1 point", "12,5 point" in Danish; "1 point",
     * "12.5 points" in English. Singular only for exactly one, as written.
     */
    public String points(Double value, int decimals) {
        String number = number(value, decimals);
        if (NONE.equals(number)) {
            return NONE;
        }
        return get(number.equals("1") || number.equals("-1") ? "points.one" : "points.other", number);
    }

    /** A formatter for chart axes, in this language's style. */
    public DecimalFormat numberFormat(int decimals) {
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    }

    public String integer(long value) {
        return number((double) value, 0);
    }

    /** A count, or {@value #SMALL_CELL} for 1-4 when small cells are suppressed. */
    public String count(Integer value, boolean suppressSmall) {
        if (value == null) {
            return NONE;
        }
        return suppressSmall && value > 0 && value < 5 ? SMALL_CELL : integer(value);
    }

    /** "7,1 til 17,5" / "7.1 to 17.5". */
    public String interval(Double low, Double high, int decimals) {
        if (low == null || high == null) {
            return NONE;
        }
        return get("interval", number(low, decimals), number(high, decimals));
    }

    /**
     * An interval that may be open on one side: "40.385 til ubegrænset" when only the lower bound
     * exists; {@value #NONE} when neither does.
     */
    public String openInterval(Double low, Double high, int decimals) {
        if (low == null && high == null) {
            return NONE;
        }
        if (high == null) {
            return get("interval.atLeast", number(low, decimals));
        }
        if (low == null) {
            return get("interval.atMost", number(high, decimals));
        }
        return interval(low, high, decimals);
    }

    /** A value with its interval in brackets: "12,3 (7,1 til 17,5)". */
    public String withInterval(Double value, Double low, Double high, int decimals) {
        if (value == null) {
            return NONE;
        }
        return low == null || high == null ? number(value, decimals)
                : number(value, decimals) + " (" + interval(low, high, decimals) + ")";
    }

    /** A p-value: three decimals, "&lt; 0,001" below that. */
    public String p(Double p) {
        if (p == null || !Double.isFinite(p)) {
            return NONE;
        }
        return p < 0.001 ? "< " + number(0.001, 3) : number(p, 3);
    }

    /** "p = 0,023" or "p < 0,001". */
    public String pStatement(Double p) {
        if (p == null || !Double.isFinite(p)) {
            return "p " + NONE;
        }
        return p < 0.001 ? "p " + this.p(p) : "p = " + this.p(p);
    }

    /** A share 0-1 as a whole percentage: "31 %" in Danish, "31%" in English. */
    public String percent(Double share) {
        if (share == null || !Double.isFinite(share)) {
            return NONE;
        }
        return get("percent", number(share * 100, 0));
    }

    /** An amount of kroner, whole kroner: "1.234.567 kr." / "DKK 1,234,567". */
    public String dkk(Double amount) {
        if (amount == null || !Double.isFinite(amount)) {
            return NONE;
        }
        return get("dkk", number(amount, 0));
    }

    public String date(LocalDate date) {
        return date == null ? NONE : dates.format(date);
    }
}
