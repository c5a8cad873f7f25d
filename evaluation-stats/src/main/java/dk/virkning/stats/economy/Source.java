package dk.virkning.stats.economy;

/**
 * Where a parameter's value comes from.
 *
 * @param citation the publication
 * @param locator where in it (page, section or table)
 */
public record Source(String citation, String locator) {

    public Source {
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("source.citation is missing");
        }
        if (locator == null || locator.isBlank()) {
            throw new IllegalArgumentException("source.locator (page, section or table) is missing");
        }
    }
}
