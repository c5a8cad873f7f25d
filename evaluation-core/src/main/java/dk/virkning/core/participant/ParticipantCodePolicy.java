package dk.virkning.core.participant;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a participant code may be stored. The platform holds no direct identifiers
 * (docs/privacy.md, participant codes), so a code that looks like a CPR number, an e-mail address or a phone number is
 * refused, as are codes that cannot travel safely in a URL or a CSV cell.
 *
 * <ul>
 *   <li>CPR: ten digits, optionally with a dash or space after the sixth, whose first six are a
 *       calendar date DDMMYY (29 February whenever YY is divisible by 4, since the century is
 *       unknown). Found anywhere in the code, so {@code P-0101901234} is refused too. No modulus-11
 *       check: CPR numbers issued since 2007 need not pass it.</li>
 *   <li>E-mail: something@something.something anywhere in the code.</li>
 *   <li>Phone: the whole code, spaces removed, is eight digits with a +45 or 0045 prefix, or
 *       eight digits not starting with 0. Danish subscriber numbers never start with 0, and
 *       zero-padded running numbers ({@code 00000042}) are common, legitimate codes.</li>
 *   <li>Form: at most 64 characters after trimming; letters, digits, spaces and
 *       {@code - _ . : ( ) +}, starting with a letter or digit.</li>
 * </ul>
 * The identifier checks run on a canonical spelling, so that every way of writing the same number
 * or address is caught: Unicode compatibility forms folded (NFKC: full-width {@code ０１} and
 * {@code ＠} become {@code 01} and {@code @}), every Unicode decimal digit read as its value
 * (Arabic-Indic {@code ٠١} are {@code 01}), {@code (at)}, {@code [at]} and {@code (dot)} read as
 * {@code @} and {@code .}, and, for CPR and phone numbers, separators (spaces, dots, underscores,
 * dashes, slashes, colons, brackets) removed. So {@code 010190.1234}, {@code 01 01 90 1234} and
 * {@code 45 12 34 56 78} are refused as well (but a year and a running number, {@code 2025-0017},
 * is not taken for a phone number). The code is stored as sent (trimmed), not canonical.
 * Messages never repeat the code, so that an identifier sent by mistake is not copied into logs.
 */
public final class ParticipantCodePolicy {

    public static final int MAX_LENGTH = 64;

    /** Problem codes. */
    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String LOOKS_LIKE_CPR = "LOOKS_LIKE_CPR";
    public static final String LOOKS_LIKE_EMAIL = "LOOKS_LIKE_EMAIL";
    public static final String LOOKS_LIKE_PHONE = "LOOKS_LIKE_PHONE";
    public static final String INVALID_CHARACTERS = "INVALID_CHARACTERS";

    private static final Pattern CPR = Pattern.compile("(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})[- ]?[0-9]{4}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("(?:\\+45|0045|45)[0-9]{8}|[1-9][0-9]{7}");
    private static final Pattern AT = Pattern.compile("\\s*[(\\[{<]\\s*(?:at|snabel-?a)\\s*[)\\]}>]\\s*|\\s+at\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOT = Pattern.compile("\\s*[(\\[{<]\\s*(?:dot|punktum)\\s*[)\\]}>]\\s*|\\s+dot\\s+",
            Pattern.CASE_INSENSITIVE);
    /** A year and a running number ({@code 2025-0017}) is a common code, not a phone number. */
    private static final Pattern YEAR_AND_NUMBER = Pattern.compile("(?:19|20)[0-9]{2}-[0-9]{4}");
    /** What may stand between the digits of a number as people write it. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Pd}._/\\\\:()\\[\\]]+");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:()+\\-]*");
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** Why a code is refused. */
    public record Refusal(String code, String message) {
    }

    private ParticipantCodePolicy() {
    }

    /** The code as it will be stored: trimmed. */
    public static String normalise(String code) {
        return code == null ? null : code.strip();
    }

    /** Why the (normalised) code may not be stored, or empty when it may. */
    public static Optional<Refusal> check(String rawCode) {
        String code = normalise(rawCode);
        if (code == null || code.isEmpty()) {
            return refuse(REQUIRED, "A participant code is required.");
        }
        if (code.length() > MAX_LENGTH) {
            return refuse(TOO_LONG, "A participant code has at most " + MAX_LENGTH + " characters.");
        }
        String spelled = canonical(code);
        if (EMAIL.matcher(spelled).find()) {
            return refuse(LOOKS_LIKE_EMAIL, "The code looks like an e-mail address. Use a pseudonymous code,"
                    + " never a direct identifier.");
        }
        String compact = SEPARATORS.matcher(spelled).replaceAll("");
        if (containsCpr(spelled) || containsCpr(compact)) {
            return refuse(LOOKS_LIKE_CPR, "The code looks like a CPR number. Use a pseudonymous code,"
                    + " never a direct identifier.");
        }
        if (PHONE.matcher(compact).matches() && !YEAR_AND_NUMBER.matcher(spelled).matches()) {
            return refuse(LOOKS_LIKE_PHONE, "The code looks like a phone number. Use a pseudonymous code,"
                    + " never a direct identifier.");
        }
        if (!ALLOWED.matcher(code).matches()) {
            return refuse(INVALID_CHARACTERS, "A participant code starts with a letter or digit and contains only"
                    + " letters, digits, spaces and - _ . : ( ) +.");
        }
        return Optional.empty();
    }

    /** The code with compatibility forms folded, all decimal digits as ASCII and spelt-out @ and . as symbols. */
    static String canonical(String code) {
        String folded = Normalizer.normalize(code, Normalizer.Form.NFKC);
        StringBuilder ascii = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            int digit = Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
            if (digit >= 0) {
                ascii.append((char) ('0' + digit));
            } else {
                ascii.appendCodePoint(cp);
            }
        });
        String text = AT.matcher(ascii).replaceAll("@");
        return DOT.matcher(text).replaceAll(".");
    }

    private static boolean containsCpr(String code) {
        Matcher m = CPR.matcher(code);
        while (m.find()) {
            if (isDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(int day, int month, int twoDigitYear) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (month == 2 && day == 29) {
            return twoDigitYear % 4 == 0;
        }
        return day <= DAYS_IN_MONTH[month - 1];
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
