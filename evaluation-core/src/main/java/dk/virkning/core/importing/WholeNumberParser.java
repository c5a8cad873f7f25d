package dk.virkning.core.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an item answer. Answers are whole numbers, but spreadsheets and Danish Excel write them
 * as 4.0 or 4,0, so a zero decimal part is accepted; 4,5 is not a possible answer and is refused
 * rather than rounded.
 */
final class WholeNumberParser {

    // Sign, digits, optional decimal part with either decimal mark.
    private static final Pattern DECIMAL = Pattern.compile("([+-]?)(\\d+)(?:[.,](\\d+))?");
    // Nine digits fit an int; no instrument answer comes close.
    private static final int MAX_DIGITS = 9;
    // Longer text is no answer; refusing it early keeps a hostile cell from costing time.
    private static final int MAX_TEXT_LENGTH = 30;

    private WholeNumberParser() {
    }

    /** @param text a trimmed, non-blank cell */
    static CellParse<Integer> parse(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return CellParse.failure(ImportProblemCodes.NOT_A_NUMBER,
                    Quoted.text(text) + " is not a number");
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches()) {
            return CellParse.failure(ImportProblemCodes.NOT_A_NUMBER,
                    Quoted.text(text) + " is not a number");
        }
        String fraction = m.group(3);
        if (fraction != null && !fraction.chars().allMatch(c -> c == '0')) {
            return CellParse.failure(ImportProblemCodes.NOT_A_WHOLE_NUMBER,
                    Quoted.text(text) + " is not a whole number");
        }
        String digits = m.group(2).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > MAX_DIGITS) {
            return CellParse.failure(ImportProblemCodes.NUMBER_OUT_OF_RANGE,
                    Quoted.text(text) + " is too large to be an answer");
        }
        int value = Integer.parseInt(digits);
        return CellParse.of("-".equals(m.group(1)) ? -value : value);
    }
}
