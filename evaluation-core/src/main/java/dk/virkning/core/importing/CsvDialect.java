package dk.virkning.core.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CSV file separates its fields. Danish Excel writes {@code ;} (the comma is the decimal
 * mark), others {@code ,}, Excel's "Unicode text" a tab. The header decides: it holds no decimal
 * numbers, so the candidate that occurs most often in it (outside quotes) is the delimiter.
 * An Excel {@code sep=;} first line names the delimiter outright; Excel does not show that line,
 * so it is dropped to keep row numbers as the user sees them.
 *
 * @param delimiter   the field delimiter
 * @param hasSepLine  whether the text starts with a {@code sep=} line
 */
record CsvDialect(char delimiter, boolean hasSepLine) {

    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final Pattern SEP_LINE =
            Pattern.compile("\\A\"?sep=([,;\\t|])\"?[^\\r\\n]*(\\r\\n|\\r|\\n|\\z)");

    static CsvDialect detect(String text) {
        Matcher sep = SEP_LINE.matcher(text);
        if (sep.lookingAt()) {
            return new CsvDialect(sep.group(1).charAt(0), true);
        }
        return new CsvDialect(mostFrequentOutsideQuotes(firstNonBlankLine(text)), false);
    }

    /** The text the CSV parser should read: without the {@code sep=} line. */
    String body(String text) {
        if (!hasSepLine) {
            return text;
        }
        Matcher sep = SEP_LINE.matcher(text);
        return sep.lookingAt() ? text.substring(sep.end()) : text;
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\\r\\n|\\r|\\n", 50)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private static char mostFrequentOutsideQuotes(String line) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; !quoted && k < CANDIDATES.length; k++) {
                if (c == CANDIDATES[k]) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
