package dk.virkning.core.participant;

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
    private static final Pattern PHONE = Pattern.compile("(?:\\+45|0045)[0-9]{8}|[1-9][0-9]{7}");
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
        if (EMAIL.matcher(code).find()) {
            return refuse(LOOKS_LIKE_EMAIL, "The code looks like an e-mail address. Use a pseudonymous code,"
                    + " never a direct identifier.");
        }
        if (containsCpr(code)) {
            return refuse(LOOKS_LIKE_CPR, "The code looks like a CPR number. Use a pseudonymous code,"
                    + " never a direct identifier.");
        }
        if (PHONE.matcher(code.replace(" ", "")).matches()) {
            return refuse(LOOKS_LIKE_PHONE, "The code looks like a phone number. Use a pseudonymous code,"
                    + " never a direct identifier.");
        }
        if (!ALLOWED.matcher(code).matches()) {
            return refuse(INVALID_CHARACTERS, "A participant code starts with a letter or digit and contains only"
                    + " letters, digits, spaces and - _ . : ( ) +.");
        }
        return Optional.empty();
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
