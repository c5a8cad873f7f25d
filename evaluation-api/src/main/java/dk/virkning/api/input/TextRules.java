package dk.virkning.api.input;

/** What text may contain, wherever it comes from (a JSON string, a path or a query parameter). */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text cannot be accepted, or null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character (U+0000), which text may not hold.";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate (U+" + hex(c) + "), which is not a character.";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return "contains the control character U+" + hex(c) + ", which text may not hold.";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
