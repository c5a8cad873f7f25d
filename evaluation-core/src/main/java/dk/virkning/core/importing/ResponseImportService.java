package dk.virkning.core.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.core.project.ProjectAccess;
import dk.virkning.core.project.ProjectRef;
import dk.virkning.core.response.InvalidResponsesException;
import dk.virkning.core.response.ResponseOutcome;
import dk.virkning.core.response.ResponseService;
import dk.virkning.core.response.ResponseSource;
import dk.virkning.core.response.StoredResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV or XLSX file of responses into a project, all or nothing (docs/api.md, imports): the file is
 * parsed, every response is checked by the {@link ResponseService} (the same rules as the form and
 * the API), and only a file without a single problem is written, as one import_batch row and its
 * responses in one transaction. Otherwise every problem comes back at its row and column.
 * The same file imported again into the same project changes nothing.
 */
@Service
public class ResponseImportService {

    static final String NO_ANSWERS = "NO_ANSWERS";
    private static final int MAX_FILE_NAME = 255;

    private final ImportParser parser = new ImportParser();
    private final ProjectAccess access;
    private final ResponseService responses;
    private final ImportBatchRepository batches;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public ResponseImportService(ProjectAccess access, ResponseService responses, ImportBatchRepository batches,
            AuditLog audit, ApplicationEventPublisher events) {
        this.access = access;
        this.responses = responses;
        this.batches = batches;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Imports the file, or refuses it whole.
     *
     * @return the new import, or the earlier import of the same file with {@code alreadyImported}
     * @throws InvalidInputException with every problem, each at its row ({@code row}) and column
     *         ({@code field}); nothing was written
     * @throws NotFoundException if the caller is not STAFF or ORG_ADMIN of the project's organisation
     * @throws dk.virkning.core.problem.ForbiddenException for platform administrators
     */
    @Transactional
    public ImportSummary importFile(Caller caller, long projectId, UploadedFile file) {
        // Access first: a stranger's file is not even read.
        ProjectRef project = access.forWriting(caller, projectId);
        ImportResult parsed = parser.parse(file.content(), file.fileName(), file.contentType());
        var earlier = batches.findBySha256(project.id(), project.organisationId(), parsed.sha256());
        if (earlier.isPresent()) {
            return ImportSummary.of(earlier.get(), true);
        }

        ImportedSubmissions submissions = new ImportedSubmissions(parsed.responses());
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(submissions.refusedCodes());
        if (!submissions.isEmpty()) {
            problems.addAll(submissions.locate(responses.check(caller, projectId, submissions.submissions())));
        }
        if (problems.isEmpty() && submissions.isEmpty()) {
            problems.add(ImportProblem.ofFile(NO_ANSWERS, "the file has rows but no answers"));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }

        var inserted = batches.insert(project.id(), project.organisationId(), newBatch(caller, file, parsed));
        if (inserted.isEmpty()) {
            // The same file was imported by a concurrent request that committed first.
            return ImportSummary.of(batches.findBySha256(project.id(), project.organisationId(), parsed.sha256())
                    .orElseThrow(), true);
        }
        long importId = inserted.get();
        List<StoredResponse> stored;
        try {
            stored = responses.upsert(caller, projectId, submissions.submissions(), ResponseSource.imported(importId));
        } catch (InvalidResponsesException changedMeanwhile) {
            // Valid a moment ago, e.g. before a concurrent erasure: refuse with the file's places.
            throw refused(submissions.locate(changedMeanwhile.indexedProblems()));
        }
        Map<ResponseOutcome, Integer> outcomes = count(stored);
        batches.recordOutcomes(importId, project.organisationId(), outcomes.get(ResponseOutcome.CREATED),
                outcomes.get(ResponseOutcome.REPLACED), outcomes.get(ResponseOutcome.UNCHANGED));
        audit.record(caller, project.organisationId(), "RESPONSES_IMPORTED", "IMPORT", importId, Map.of(
                "projectId", project.id(), "responses", stored.size(), "fileSha256", parsed.sha256()));
        events.publishEvent(new ResponsesImported(project.id(), importId));
        return ImportSummary.of(batches.find(importId, project.id(), project.organisationId()).orElseThrow(), false);
    }

    /** The project's imports, newest first. */
    @Transactional(readOnly = true)
    public List<ImportSummary> list(Caller caller, long projectId) {
        ProjectRef project = access.forReading(caller, projectId);
        return batches.list(project.id(), project.organisationId()).stream()
                .map(row -> ImportSummary.of(row, false)).toList();
    }

    /** One import of the project. */
    @Transactional(readOnly = true)
    public ImportSummary get(Caller caller, long projectId, long importId) {
        ProjectRef project = access.forReading(caller, projectId);
        return batches.find(importId, project.id(), project.organisationId())
                .map(row -> ImportSummary.of(row, false))
                .orElseThrow(() -> new NotFoundException("Import", importId));
    }

    private static ImportBatchRepository.NewBatch newBatch(Caller caller, UploadedFile file, ImportResult parsed) {
        return new ImportBatchRepository.NewBatch(fileName(file.fileName()), parsed.sha256(),
                parsed.fileType().name(), parsed.format().name(),
                parsed.encoding() == null ? null : parsed.encoding().name(),
                parsed.delimiter() == null ? null : parsed.delimiter().toString(),
                parsed.responses().size(), caller.userId());
    }

    /** Browsers may send a whole path ("C:\Users\...\svar.csv"); only the name is kept, within reason. */
    static String fileName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }

    private static Map<ResponseOutcome, Integer> count(List<StoredResponse> stored) {
        Map<ResponseOutcome, Integer> counts = new LinkedHashMap<>();
        for (ResponseOutcome outcome : ResponseOutcome.values()) {
            counts.put(outcome, 0);
        }
        stored.forEach(s -> counts.merge(s.outcome(), 1, Integer::sum));
        return counts;
    }

    /**
     * Every problem, in reading order: by row, the file as a whole and whole rows before cells, and
     * otherwise as found (the parser's problems in column order, then the service's by response).
     */
    private static InvalidInputException refused(List<ImportProblem> problems) {
        List<InputProblem> sorted = problems.stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)
                        .thenComparing(problem -> problem.column() != null))
                .map(p -> new InputProblem(p.column(), p.row() > 0 ? p.row() : null, p.code(), p.message()))
                .toList();
        return new InvalidInputException(sorted);
    }
}
