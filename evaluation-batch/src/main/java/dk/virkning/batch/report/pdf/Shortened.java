package dk.virkning.batch.report.pdf;

import java.util.function.ToDoubleFunction;

/** A text cut to fit a width, in whatever font measures it, and ending in "…" when cut. */
public final class Shortened {

    private Shortened() {
    }

    /**
     * @param width the width of a string in the font it will be drawn in (AWT metrics for charts,
     *              the PDF font for page text)
     */
    public static String toWidth(String text, double room, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width.applyAsDouble(cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
