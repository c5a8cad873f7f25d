package dk.virkning.core.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer date. Accepts ISO {@code 2025-03-01} (which is also what an Excel date cell
 * becomes) and the Danish day-first forms {@code 01-03-2025}, {@code 01.03.2025} and
 * {@code 1/3/2025}. A time of day after the date, as survey tools export timestamps, is ignored.
 * Two-digit years are refused: 01-03-25 could mean 1925 or 2025.
 */
final class DateParser {

    private static final String TIME =
            "(?:[T ]+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern TWO_DIGIT_YEAR =
            Pattern.compile("\\d{1,2}([-./])\\d{1,2}\\1\\d{2}" + TIME);

    // The longest accepted form, an ISO timestamp with fraction and offset, is about 35.
    private static final int MAX_TEXT_LENGTH = 40;

    private DateParser() {
    }

    /** @param text a trimmed, non-blank cell */
    static CellParse<LocalDate> parse(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return CellParse.failure(ImportProblemCodes.INVALID_DATE,
                    Quoted.text(text) + " is not a date; write it as DD-MM-YYYY or YYYY-MM-DD");
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return date(text, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return date(text, dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
        }
        if (TWO_DIGIT_YEAR.matcher(text).matches()) {
            return CellParse.failure(ImportProblemCodes.INVALID_DATE,
                    Quoted.text(text) + " has a two-digit year; write it as DD-MM-YYYY or YYYY-MM-DD");
        }
        return CellParse.failure(ImportProblemCodes.INVALID_DATE,
                Quoted.text(text) + " is not a date; write it as DD-MM-YYYY or YYYY-MM-DD");
    }

    private static CellParse<LocalDate> date(String text, String year, String month, String day) {
        try {
            return CellParse.of(LocalDate.of(
                    Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return CellParse.failure(ImportProblemCodes.INVALID_DATE,
                    Quoted.text(text) + " is not a valid calendar date");
        }
    }
}
