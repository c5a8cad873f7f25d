package dk.virkning.core.importing;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item keys as the instrument definitions use them: {@code "1"}, {@code "2"}, ... Numeric keys
 * lose leading zeros and a zero decimal part (a spreadsheet may turn 3 into 3.0); letters are
 * lower-cased, so WHO5_01, who5_1 and an item cell holding 1.0 all mean item "1".
 */
final class ItemKeys {

    private static final Pattern NUMERIC = Pattern.compile("0*(\\d+)(?:[.,]0+)?");
    private static final int MAX_LENGTH = 20;
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

    /** Numeric keys in numeric order first, then the others alphabetically. */
    static final Comparator<String> ORDER = Comparator
            .comparing((String key) -> !isNumeric(key))
            .thenComparing(key -> isNumeric(key) ? key.length() : 0)
            .thenComparing(Comparator.naturalOrder());

    private ItemKeys() {
    }

    /** The normalised key, or {@code null} if {@code raw} is not a plausible item key. */
    static String normalise(String raw) {
        // Item keys are short; the length check also keeps the regexes linear on hostile cells.
        if (raw.isEmpty() || raw.length() > MAX_LENGTH) {
            return null;
        }
        Matcher numeric = NUMERIC.matcher(raw);
        if (numeric.matches()) {
            return numeric.group(1);
        }
        return ALPHANUMERIC.matcher(raw).matches() ? raw.toLowerCase(Locale.ROOT) : null;
    }

    static <V> Map<String, V> sortedCopy(Map<String, V> items) {
        TreeMap<String, V> sorted = new TreeMap<>(ORDER);
        sorted.putAll(items);
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static boolean isNumeric(String key) {
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
    }
}
