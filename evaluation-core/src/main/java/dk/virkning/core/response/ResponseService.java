package dk.virkning.core.response;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.virkning.core.access.Caller;
import dk.virkning.core.participant.Participant;
import dk.virkning.core.participant.ParticipantCodePolicy;
import dk.virkning.core.participant.ParticipantRepository;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.project.ProjectAccess;
import dk.virkning.core.project.ProjectRef;
import dk.virkning.core.project.Wave;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.instrument.InstrumentScorer;
import dk.virkning.stats.instrument.Score;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores responses: one participant × wave × instrument each, scored with the instrument's
 * definition. Re-submitting replaces the stored response and appends the old version to
 * response_history; an identical re-submission (same items, date and mode) writes nothing.
 * The form, the API and file imports all come through {@link #upsert}, so they share every rule.
 */
@Service
public class ResponseService {

    private final ProjectAccess access;
    private final ParticipantRepository participants;
    private final ResponseRepository responses;
    private final ResponseValidator validator;

    public ResponseService(ProjectAccess access, ParticipantRepository participants, ResponseRepository responses,
            InstrumentCatalog instruments) {
        this.access = access;
        this.participants = participants;
        this.responses = responses;
        this.validator = new ResponseValidator(instruments, new InstrumentScorer());
    }

    /**
     * Validates every submission of the batch against the project and, only if all pass, writes
     * them in the caller's one transaction (all or nothing).
     *
     * @param caller      STAFF or ORG_ADMIN of the project's organisation
     * @param projectId   the project all submissions belong to
     * @param submissions the parsed responses, in file or request order
     * @param source      API, FORM, or IMPORT with the import_batch id (which must belong to the project)
     * @return one entry per submission, in order, saying whether it was created, replaced or unchanged
     * @throws InvalidResponsesException with every problem and its submission's index; nothing was written
     * @throws dk.virkning.core.problem.NotFoundException if the caller may not see the project
     * @throws dk.virkning.core.problem.ForbiddenException for platform administrators
     */
    @Transactional
    public List<StoredResponse> upsert(Caller caller, long projectId, List<ResponseSubmission> submissions,
            ResponseSource source) {
        ProjectRef project = access.forWriting(caller, projectId);
        if (source.importId() != null
                && !responses.importBelongsTo(source.importId(), project.id(), project.organisationId())) {
            throw new IllegalArgumentException("import " + source.importId() + " is not an import of project " + projectId);
        }
        ResponseValidator.Result result = validate(project, submissions);
        if (!result.problems().isEmpty()) {
            throw new InvalidResponsesException(result.problems(), submissions.size());
        }
        return write(project, result.checked(), source);
    }

    /** One submission through {@link #upsert}. */
    @Transactional
    public StoredResponse submit(Caller caller, long projectId, ResponseSubmission submission, ResponseSource source) {
        return upsert(caller, projectId, List.of(submission), source).get(0);
    }

    /**
     * Every problem {@link #upsert} would report for these submissions, writing nothing. For an
     * import that wants to merge these with its own parse problems before deciding.
     */
    @Transactional(readOnly = true)
    public List<ResponseProblem> check(Caller caller, long projectId, List<ResponseSubmission> submissions) {
        return validate(access.forReading(caller, projectId), submissions).problems();
    }

    /**
     * The project's responses, optionally only one instrument's and/or one wave's.
     *
     * @throws InvalidInputException when the filter names a wave or instrument the project does not have
     */
    @Transactional(readOnly = true)
    public List<Response> list(Caller caller, long projectId, String instrument, String wave) {
        ProjectRef project = access.forReading(caller, projectId);
        List<InputProblem> problems = new ArrayList<>();
        String instrumentId = null;
        if (instrument != null && !instrument.isBlank()) {
            instrumentId = project.instrument(instrument).orElse(null);
            if (instrumentId == null) {
                problems.add(InputProblem.field("instrument", "UNKNOWN", "The project has not chosen this instrument ("
                        + String.join(", ", project.instruments()) + ")."));
            }
        }
        Long waveId = null;
        if (wave != null && !wave.isBlank()) {
            waveId = project.wave(wave).map(Wave::id).orElse(null);
            if (waveId == null) {
                problems.add(InputProblem.field("wave", "UNKNOWN", "The project has no such wave ("
                        + String.join(", ", project.waves().stream().map(Wave::name).toList()) + ")."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return responses.list(project.id(), project.organisationId(), instrumentId, waveId).stream()
                .map(ResponseService::toResponse).toList();
    }

    private ResponseValidator.Result validate(ProjectRef project, List<ResponseSubmission> submissions) {
        String[] codes = submissions.stream().filter(Objects::nonNull)
                .map(s -> ParticipantCodePolicy.normalise(s.participantCode()))
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, Participant> byCode = participants.findByCodes(project.id(), project.organisationId(), codes)
                .stream().collect(Collectors.toMap(Participant::code, Function.identity()));
        return validator.validate(project, submissions, byCode);
    }

    private List<StoredResponse> write(ProjectRef project, List<ResponseValidator.Checked> checked,
            ResponseSource source) {
        long org = project.organisationId();
        long[] participantIds = checked.stream().mapToLong(ResponseValidator.Checked::participantId).distinct().toArray();
        Map<String, ResponseRepository.Current> current = responses
                .currentForUpdate(project.id(), org, participantIds).stream()
                .collect(Collectors.toMap(c -> key(c.participantId(), c.waveId(), c.instrument()), Function.identity()));
        List<ResponseOutcome> outcomes = new ArrayList<>();
        long[] ids = new long[checked.size()];
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            ResponseValidator.Checked c = checked.get(i);
            ResponseRepository.Values values = values(c, source);
            ResponseRepository.Current stored = current.get(key(c.participantId(), c.waveId(), c.instrument().id()));
            if (stored == null) {
                created.add(i);
                outcomes.add(ResponseOutcome.CREATED);
            } else if (ItemsJson.read(stored.items()).equals(c.items()) && stored.answeredOn().equals(c.answeredOn())
                    && stored.mode() == c.mode()) {
                ids[i] = stored.id();
                outcomes.add(ResponseOutcome.UNCHANGED);
            } else {
                responses.archive(stored.id(), org);
                responses.replace(stored.id(), org, values);
                ids[i] = stored.id();
                outcomes.add(ResponseOutcome.REPLACED);
            }
        }
        insertNew(project, checked, created, source, ids);
        if (source.importId() != null) {
            List<StoredResponse> result = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                result.add(new StoredResponse(checked.get(i).index(), outcomes.get(i), null));
            }
            return result;
        }
        Map<Long, Response> byId = responses.byIds(ids, org).stream().map(ResponseService::toResponse)
                .collect(Collectors.toMap(Response::id, Function.identity()));
        List<StoredResponse> result = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            result.add(new StoredResponse(checked.get(i).index(), outcomes.get(i), byId.get(ids[i])));
        }
        return result;
    }

    /** Inserts the new responses (indexes into {@code checked}) and puts their ids into {@code ids}. */
    private void insertNew(ProjectRef project, List<ResponseValidator.Checked> checked, List<Integer> created,
            ResponseSource source, long[] ids) {
        if (created.isEmpty()) {
            return;
        }
        if (created.size() == 1) {
            int i = created.get(0);
            ids[i] = responses.insert(project.id(), project.organisationId(), values(checked.get(i), source))
                    .orElseThrow(ResponseService::concurrentlyStored);
            return;
        }
        int n = created.size();
        long[] participantIds = new long[n];
        long[] waveIds = new long[n];
        String[] instruments = new String[n];
        String[] versions = new String[n];
        String[] items = new String[n];
        Double[] scores = new Double[n];
        String[] categories = new String[n];
        Boolean[] cases = new Boolean[n];
        String[] answeredOn = new String[n];
        String[] modes = new String[n];
        String[] sources = new String[n];
        for (int k = 0; k < n; k++) {
            ResponseRepository.Values v = values(checked.get(created.get(k)), source);
            participantIds[k] = v.participantId();
            waveIds[k] = v.waveId();
            instruments[k] = v.instrument();
            versions[k] = v.instrumentVersion();
            items[k] = v.items();
            scores[k] = v.score();
            categories[k] = jsonArray(v.categories());
            cases[k] = v.isCase();
            answeredOn[k] = v.answeredOn().toString();
            modes[k] = v.mode();
            sources[k] = v.source();
        }
        Map<String, Long> inserted = responses.insertAll(project.id(), project.organisationId(), participantIds,
                waveIds, instruments, versions, items, scores, categories, cases, answeredOn, modes, sources,
                source.importId()).stream()
                .collect(Collectors.toMap(r -> key(r.participantId(), r.waveId(), r.instrument()),
                        ResponseRepository.Inserted::id));
        for (int k = 0; k < n; k++) {
            Long id = inserted.get(key(participantIds[k], waveIds[k], instruments[k]));
            if (id == null) {
                throw concurrentlyStored();
            }
            ids[created.get(k)] = id;
        }
    }

    private static ConflictException concurrentlyStored() {
        return new ConflictException("Another request stored a response for the same participant, wave and"
                + " instrument just now; please submit again.");
    }

    /** Category ids are identifiers from the instrument definitions (letters, digits, underscores). */
    private static String jsonArray(String[] values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return json.append(']').toString();
    }

    private static ResponseRepository.Values values(ResponseValidator.Checked c, ResponseSource source) {
        Score score = c.score();
        return new ResponseRepository.Values(c.participantId(), c.waveId(), c.instrument().id(),
                c.instrument().version(), ItemsJson.write(c.items()), score.value(),
                score.categoryIds().toArray(String[]::new), score.isCase(), c.answeredOn(), c.mode().name(),
                source.kind().name(), source.importId());
    }

    private static String key(long participantId, long waveId, String instrument) {
        return participantId + "|" + waveId + "|" + instrument;
    }

    private static Response toResponse(ResponseRepository.Row r) {
        return new Response(r.id(), r.participantCode(), r.wave(), r.instrument(), r.instrumentVersion(),
                r.answeredOn(), r.mode(), r.source(), r.importId(), ItemsJson.read(r.items()), r.score(),
                Arrays.asList(r.categories()), r.isCase(), r.createdAt(), r.updatedAt());
    }
}
