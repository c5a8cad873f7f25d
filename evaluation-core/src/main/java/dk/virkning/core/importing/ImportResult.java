package dk.virkning.core.importing;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link ImportParser} made of a file.
 *
 * <p>Imports are all-or-nothing: when {@link #problems()} is not empty nothing may be written.
 * {@link #responses()} then still holds the responses that parsed cleanly (never a response
 * touched by a problem), so the service can validate them too and return every error at once.
 *
 * @param fileType      CSV or XLSX; {@code null} if the file was not recognised as either
 * @param format        LONG or WIDE; {@code null} if the header fits neither
 * @param delimiter     CSV field delimiter ({@code ,} {@code ;} or tab); {@code null} for XLSX
 * @param encoding      CSV text encoding as detected; {@code null} for XLSX
 * @param sha256        lower-case hex SHA-256 of the file bytes, for idempotent re-imports
 * @param dataRowCount  non-blank rows below the header that were read
 * @param responses     the responses, in file order
 * @param problems      every problem found, in row order
 */
public record ImportResult(
        FileType fileType,
        ImportFormat format,
        Character delimiter,
        Charset encoding,
        String sha256,
        int dataRowCount,
        List<ImportedResponse> responses,
        List<ImportProblem> problems) {

    public ImportResult {
        responses = List.copyOf(responses);
        problems = List.copyOf(problems);
    }

    /** True when the file may be written (after the service's own validation). */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
