package dk.virkning.core.importing;

/**
 * The outcome of reading one cell: a value, or the problem code and detail that explain why
 * not. Blank cells are handled by the callers, so {@code value} is never {@code null} on success.
 */
record CellParse<T>(T value, String code, String detail) {

    static <T> CellParse<T> of(T value) {
        return new CellParse<>(value, null, null);
    }

    static <T> CellParse<T> failure(String code, String detail) {
        return new CellParse<>(null, code, detail);
    }

    boolean ok() {
        return code == null;
    }

    ImportProblem problemAt(SourceCell cell) {
        return ImportProblem.at(cell, code, detail);
    }
}
