package dk.virkning.core.response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.participant.Participant;
import dk.virkning.core.participant.ParticipantCodePolicy;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.project.ProjectRef;
import dk.virkning.core.project.Wave;
import dk.virkning.stats.instrument.AnswerProblem;
import dk.virkning.stats.instrument.Instrument;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.instrument.InstrumentScorer;
import dk.virkning.stats.instrument.Score;

/**
 * Checks a batch of submissions against one project: its participants, waves and chosen
 * instruments, each instrument's items and answers, the dates, and repeats within the batch.
 * Every problem is collected with its submission's index; nothing is written here.
 */
final class ResponseValidator {

    static final int MAX_ITEMS = 100;
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** A submission that passed, resolved to ids and scored. */
    record Checked(int index, long participantId, long waveId, Instrument instrument, LocalDate answeredOn,
            ResponseMode mode, Map<String, Integer> items, Score score) {
    }

    /** Either all submissions checked, or the problems. */
    record Result(List<Checked> checked, List<ResponseProblem> problems) {
    }

    private final InstrumentCatalog catalog;
    private final InstrumentScorer scorer;

    ResponseValidator(InstrumentCatalog catalog, InstrumentScorer scorer) {
        this.catalog = catalog;
        this.scorer = scorer;
    }

    Result validate(ProjectRef project, List<ResponseSubmission> submissions, Map<String, Participant> participants) {
        List<Checked> checked = new ArrayList<>();
        List<ResponseProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            int index = i;
            List<InputProblem> found = new ArrayList<>();
            ResponseSubmission s = submissions.get(i);
            Checked c = s == null ? null : check(i, project, s, participants, found);
            if (s == null) {
                found.add(InputProblem.field("", "REQUIRED", "The response is empty."));
            }
            if (c != null) {
                String key = c.participantId() + "|" + c.waveId() + "|" + c.instrument().id();
                Integer earlier = seen.putIfAbsent(key, i);
                if (earlier != null) {
                    found.add(InputProblem.field("wave", "DUPLICATE", "The same participant, wave and instrument"
                            + " was already submitted at index " + earlier + " of this batch."));
                } else {
                    checked.add(c);
                }
            }
            found.forEach(p -> problems.add(new ResponseProblem(index, p)));
        }
        return new Result(problems.isEmpty() ? checked : List.of(), problems);
    }

    private Checked check(int index, ProjectRef project, ResponseSubmission s, Map<String, Participant> participants,
            List<InputProblem> found) {
        Participant participant = participant(s, participants, found);
        Wave wave = null;
        if (blank(s.wave())) {
            found.add(InputProblem.field("wave", "REQUIRED", "Field 'wave' is required."));
        } else {
            wave = project.wave(s.wave()).orElse(null);
            if (wave == null) {
                found.add(InputProblem.field("wave", "UNKNOWN", "Wave '" + shorten(s.wave())
                        + "' is not one of the project's waves (" + String.join(", ",
                                project.waves().stream().map(Wave::name).toList()) + ")."));
            }
        }
        Instrument instrument = null;
        if (blank(s.instrument())) {
            found.add(InputProblem.field("instrument", "REQUIRED", "Field 'instrument' is required."));
        } else {
            instrument = project.instrument(s.instrument()).flatMap(catalog::find).orElse(null);
            if (instrument == null) {
                found.add(InputProblem.field("instrument", "UNKNOWN", "Instrument '" + shorten(s.instrument())
                        + "' is not one chosen by the project (" + String.join(", ", project.instruments()) + ")."));
            }
        }
        dates(s.answeredOn(), participant, found);
        Score score = instrument == null ? null : items(instrument, s.items(), found);
        if (participant == null || wave == null || instrument == null || score == null || !found.isEmpty()) {
            return null;
        }
        return new Checked(index, participant.id(), wave.id(), instrument, s.answeredOn(),
                s.mode() == null ? ResponseMode.STAFF_ENTERED : s.mode(), ItemsJson.ordered(s.items()), score);
    }

    private static Participant participant(ResponseSubmission s, Map<String, Participant> participants,
            List<InputProblem> found) {
        String code = ParticipantCodePolicy.normalise(s.participantCode());
        if (code == null || code.isEmpty()) {
            found.add(InputProblem.field("participantCode", "REQUIRED", "Field 'participantCode' is required."));
            return null;
        }
        Participant participant = participants.get(code);
        if (participant == null) {
            // The same words whether the code is unknown or another project's: existence is never revealed.
            found.add(InputProblem.field("participantCode", "UNKNOWN",
                    "No participant with this code is registered in the project."));
        }
        return participant;
    }

    private static void dates(LocalDate answeredOn, Participant participant, List<InputProblem> found) {
        if (answeredOn == null) {
            found.add(InputProblem.field("answeredOn", "REQUIRED", "Field 'answeredOn' is required."));
            return;
        }
        if (answeredOn.isAfter(LocalDate.now(ZONE).plusDays(1))) {
            found.add(InputProblem.field("answeredOn", "OUT_OF_RANGE", "answeredOn " + answeredOn + " is in the future."));
        }
        if (participant == null) {
            return;
        }
        if (answeredOn.isBefore(participant.enrolledOn())) {
            found.add(InputProblem.field("answeredOn", "OUT_OF_RANGE", "answeredOn " + answeredOn
                    + " is before the participant's enrolment on " + participant.enrolledOn() + "."));
        }
        if (participant.erased()) {
            LocalDate erasedOn = participant.erasedAt().atZoneSameInstant(ZONE).toLocalDate();
            found.add(answeredOn.isAfter(erasedOn)
                    ? InputProblem.field("answeredOn", "AFTER_ERASURE", "answeredOn " + answeredOn
                            + " is after the participant's erasure on " + erasedOn + ".")
                    : InputProblem.field("participantCode", "ERASED",
                            "The participant has been erased; no responses can be recorded for them."));
        }
    }

    private Score items(Instrument instrument, Map<String, Integer> items, List<InputProblem> found) {
        if (items == null || items.isEmpty()) {
            found.add(InputProblem.field("items", "REQUIRED", "Field 'items' is required: " + instrument.id()
                    + " has items " + String.join(", ", instrument.itemKeys()) + "."));
            return null;
        }
        if (items.size() > MAX_ITEMS) {
            found.add(InputProblem.field("items", "TOO_LONG", "At most " + MAX_ITEMS + " items are allowed."));
            return null;
        }
        Map<String, Integer> answers = new LinkedHashMap<>(items);
        List<AnswerProblem> problems = scorer.validate(instrument, answers);
        for (AnswerProblem p : problems) {
            String field = p.itemKey() == null ? "items" : "items." + shorten(p.itemKey());
            found.add(InputProblem.field(field, p.code().name(), p.message()));
        }
        return problems.isEmpty() ? scorer.score(instrument, answers) : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
