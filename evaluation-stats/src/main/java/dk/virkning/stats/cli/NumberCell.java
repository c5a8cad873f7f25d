package dk.virkning.stats.cli;

/**
 * Parses a numeric CSV cell: optional surrounding spaces, an optional sign, digits with an optional
 * decimal point, and an optional exponent. An empty cell is missing ({@code NaN}); anything else
 * ("NA", "Inf", "1,5", "0x10") is an error. The value is the double nearest to the decimal number,
 * as {@link Double#parseDouble} and R's {@code read.csv} give; short numbers take an exact fast path
 * (an integer below 2⁵³ divided by an exact power of ten is correctly rounded).
 */
final class NumberCell {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private NumberCell() {
    }

    /** The number in {@code cell}, {@code NaN} if the cell is empty, or {@code null} if it is not a number. */
    static Double parse(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        boolean exponent = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (mantissa != 0 || c != '0') {
                    digits++;
                }
                mantissa = digits <= 18 ? mantissa * 10 + (c - '0') : mantissa;
                decimals += point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && i > 0) {
                exponent = true;
                break;
            } else {
                return null;
            }
        }
        if (exponent && !validExponent(s, i + 1)) {
            return null;
        }
        if (!hasDigit(s)) {
            return null;
        }
        if (!exponent && digits <= 15 && decimals < POWERS_OF_TEN.length) {
            double value = mantissa / POWERS_OF_TEN[decimals];
            return negative ? -value : value;
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? value : null;
    }

    private static boolean validExponent(String s, int from) {
        int i = from;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        int end = s.length();
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        if (e >= 0) {
            end = e;
        }
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
