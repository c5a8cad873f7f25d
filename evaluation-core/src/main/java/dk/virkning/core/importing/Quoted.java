package dk.virkning.core.importing;

/**
 * Puts a cell's text into a message: in quotes, shortened, and with control characters made
 * visible, so that a garbage cell cannot produce a huge or unreadable message.
 */
final class Quoted {

    private static final int MAX_LENGTH = 40;

    private Quoted() {
    }

    static String text(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH) + 3);
        int shown = 0;
        for (int i = 0; i < raw.length() && shown < MAX_LENGTH; i++, shown++) {
            char c = raw.charAt(i);
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        String ellipsis = raw.length() > MAX_LENGTH ? "…" : "";
        return "'" + out + ellipsis + "'";
    }
}
