package dk.virkning.core.importing;

import java.time.OffsetDateTime;

/**
 * What an import stored, as answered to the upload and listed afterwards.
 *
 * @param importId        the import_batch id
 * @param projectId       the project imported into
 * @param fileName        the uploaded file's name, without any path
 * @param fileSha256      lower-case hex SHA-256 of the file; the same file is imported once per project
 * @param fileType        CSV or XLSX
 * @param format          LONG or WIDE
 * @param encoding        the CSV text encoding detected (UTF-8, windows-1252, UTF-16LE, UTF-16BE); null for XLSX
 * @param delimiter       the CSV delimiter detected ({@code ,} {@code ;} or a tab); null for XLSX
 * @param responses       responses in the file (participant × wave × instrument)
 * @param created         responses that were new
 * @param replaced        stored responses replaced (their old versions went to the history)
 * @param unchanged       responses identical to the stored ones, not written
 * @param importedBy      the user who imported the file
 * @param importedAt      when
 * @param alreadyImported true when this upload was the same file again and changed nothing
 */
public record ImportSummary(
        long importId,
        long projectId,
        String fileName,
        String fileSha256,
        String fileType,
        String format,
        String encoding,
        String delimiter,
        int responses,
        int created,
        int replaced,
        int unchanged,
        Long importedBy,
        OffsetDateTime importedAt,
        boolean alreadyImported) {

    static ImportSummary of(ImportBatchRepository.Row row, boolean alreadyImported) {
        return new ImportSummary(row.id(), row.projectId(), row.fileName(), row.fileSha256(), row.fileType(),
                row.format(), row.encoding(), row.delimiter(), row.responseCount(), row.createdCount(),
                row.replacedCount(), row.unchangedCount(), row.importedBy(), row.createdAt(), alreadyImported);
    }
}
