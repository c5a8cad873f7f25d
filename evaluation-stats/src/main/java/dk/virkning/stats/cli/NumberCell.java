package dk.virkning.stats.cli;

import java.nio.charset.StandardCharsets;

/**
 * Parses a numeric CSV cell: optional surrounding spaces or tabs, an optional sign, digits with an
 * optional decimal point, and an optional exponent. An empty cell is missing ({@code NaN});
 * anything else ("NA", "Inf", "1,5", "0x10") is an error. The value is the double nearest to the
 * decimal number, as {@link Double#parseDouble} and R's {@code read.csv} give; numbers of at most 15
 * significant digits without exponent take an exact fast path (an integer below 2⁵³ divided by an
 * exact power of ten is correctly rounded), the rest go to {@link Double#parseDouble}.
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

    /** The number in {@code cell}, {@code NaN} if the cell is blank, or {@code null} if it is not a number. */
    static Double parse(String cell) {
        byte[] b = cell.getBytes(StandardCharsets.UTF_8);
        return parse(b, 0, b.length);
    }

    /** As {@link #parse(String)}, for the bytes {@code from} (inclusive) to {@code to} (exclusive). */
    static Double parse(byte[] b, int from, int to) {
        while (from < to && isBlank(b[from])) {
            from++;
        }
        while (to > from && isBlank(b[to - 1])) {
            to--;
        }
        if (from == to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '+' || b[i] == '-') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa != 0 || c != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                }
                decimals += point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else if (c == 'e' || c == 'E') {
                break;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        boolean exponent = i < to;
        if (exponent && !validExponent(b, i + 1, to)) {
            return null;
        }
        if (!exponent && significant <= 15 && decimals < POWERS_OF_TEN.length) {
            double value = mantissa / POWERS_OF_TEN[decimals];
            return negative ? -value : value;
        }
        double value = Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
        return Double.isFinite(value) ? value : null;
    }

    private static boolean validExponent(byte[] b, int from, int to) {
        int i = from;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        for (; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }
}
