package dk.virkning.batch.scale;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.virkning.core.demo.SyntheticCohort;
import dk.virkning.core.demo.SyntheticParticipant;
import dk.virkning.stats.instrument.Instrument;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.instrument.InstrumentScorer;
import dk.virkning.stats.instrument.Score;

/**
 * A synthetic registry at the scale of the Danish loneliness field, for the batch benchmarks and
 * the restart test: organisations (NGOs and municipalities), projects with a realistic mix of
 * designs ({@link ProjectPlan}), their waves, participants from {@link SyntheticCohort} and
 * responses scored by the real {@link InstrumentScorer}, written with COPY. Reproducible from
 * the seed. It writes through plain JDBC, not the services: the services' validation is tested
 * elsewhere, and at this volume only COPY is fast enough to make benchmarking practical.
 */
public final class NationalScaleDataset {

    /** Projects written per transaction: bounds the generator's memory. */
    private static final int PROJECTS_PER_BATCH = 100;

    private static final InstrumentScorer SCORER = new InstrumentScorer();

    /** How much to write. */
    public record Size(int organisations, int projects, int participants, long seed) {

        /** 2,000 projects and 200,000 participants in 300 organisations. */
        public static Size national() {
            return scaled(2_000);
        }

        /** The national proportions for {@code projects} projects: 100 participants each, 3 organisations per 20. */
        public static Size scaled(int projects) {
            return new Size(Math.max(1, projects * 3 / 20), projects, projects * 100, 2026);
        }
    }

    /** What was written; {@code projectIds} in the order they were planned. */
    public record Written(List<Long> organisationIds, List<Long> projectIds, long participants, long responses) {
    }

    private final Connection connection;
    private final InstrumentCatalog catalog = InstrumentCatalog.bundled();
    private long participants;
    private long responses;

    private NationalScaleDataset(Connection connection) {
        this.connection = connection;
    }

    /** Writes the dataset and analyses the tables, committing every {@value #PROJECTS_PER_BATCH} projects. */
    public static Written write(Connection connection, Size size) throws SQLException {
        NationalScaleDataset writer = new NationalScaleDataset(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<Long> organisations = writer.organisations(size.organisations(), size.seed());
            Random random = new Random(size.seed());
            int[] sizes = ProjectPlan.sizes(random, size.projects(), size.participants());
            List<Long> projectIds = new ArrayList<>(size.projects());
            List<ProjectPlan> batch = new ArrayList<>();
            List<Long> batchOrganisations = new ArrayList<>();
            for (int i = 0; i < size.projects(); i++) {
                batch.add(ProjectPlan.draw(random, "Indsats " + size.seed() + "-" + (i + 1), sizes[i],
                        size.seed() * 1_000_003L + i));
                batchOrganisations.add(organisations.get(random.nextInt(organisations.size())));
                if (batch.size() == PROJECTS_PER_BATCH || i == size.projects() - 1) {
                    projectIds.addAll(writer.projects(batch, batchOrganisations));
                    connection.commit();
                    batch.clear();
                    batchOrganisations.clear();
                }
            }
            connection.setAutoCommit(true);
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("analyze organisation, project, wave, participant, response");
            }
            return new Written(organisations, projectIds, writer.participants, writer.responses);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Writes one more project of the given size into an existing organisation, as an import of
     * a project's whole history would: a pre-post-control project, baseline and post, WHO-5 and T-ILS.
     */
    public static long writeProject(Connection connection, long organisationId, String title, int participants,
            long seed) throws SQLException {
        ProjectPlan plan = new ProjectPlan(title, "PRE_POST_CONTROL", List.of("baseline", "post"), List.of(0, 90),
                List.of("WHO5", "TILS"), participants, 250_000, 65, 95, LocalDate.of(2025, 3, 1), 0.3, 0.8, seed);
        return new NationalScaleDataset(connection).projects(List.of(plan), List.of(organisationId)).get(0);
    }

    private List<Long> organisations(int count, long seed) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into organisation (name, kind)
                select case when g % 10 < 7 then 'Forening ' else 'Kommune ' end || ? || '-' || g,
                       case when g % 10 < 7 then 'NGO' else 'MUNICIPALITY' end
                  from generate_series(1, ?) g
                returning id""")) {
            insert.setLong(1, seed);
            insert.setInt(2, count);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<Long> projects(List<ProjectPlan> plans, List<Long> organisations) throws SQLException {
        CopyRows projectRows = new CopyRows("project (organisation_id, title, design, instruments, cost_dkk, status,"
                + " target_age_min, target_age_max, period_start)");
        for (int i = 0; i < plans.size(); i++) {
            ProjectPlan p = plans.get(i);
            projectRows.add(organisations.get(i)).add(p.title()).add(p.design()).add(CopyRows.array(p.instruments()))
                    .add(p.costDkk()).add("ACTIVE").add(p.ageMin()).add(p.ageMax()).add(p.start()).endRow();
        }
        projectRows.copyTo(connection);
        Map<String, Long> idByTitle = idsByKey("select title, id from project where title = any(?)",
                plans.stream().map(ProjectPlan::title).toArray(String[]::new));
        List<Long> ids = plans.stream().map(p -> idByTitle.get(p.title())).toList();

        CopyRows waveRows = new CopyRows("wave (project_id, organisation_id, name, offset_days, ordinal)");
        for (int i = 0; i < plans.size(); i++) {
            ProjectPlan p = plans.get(i);
            for (int w = 0; w < p.waves().size(); w++) {
                waveRows.add(ids.get(i)).add(organisations.get(i)).add(p.waves().get(w)).add(p.offsetDays().get(w))
                        .add(w + 1).endRow();
            }
        }
        waveRows.copyTo(connection);
        Long[] projectIds = ids.toArray(Long[]::new);
        Map<String, Long> waveIds = idsByKey("select project_id || '/' || name, id from wave where project_id = any(?)",
                projectIds);

        List<List<SyntheticParticipant>> cohorts = new ArrayList<>(plans.size());
        CopyRows participantRows = new CopyRows("participant (project_id, organisation_id, code, arm,"
                + " consent_evaluation, consent_date, birth_year, gender, recruitment_channel, enrolled_on)");
        for (int i = 0; i < plans.size(); i++) {
            ProjectPlan p = plans.get(i);
            List<SyntheticParticipant> cohort = new SyntheticCohort(p.cohortSeed(), p.effect(), p.baselineShift())
                    .participants("D", p.participants(), p.controlled() ? 0.5 : 0, p.ageMin(), p.ageMax(),
                            p.start().getYear(), p.waves(), p.instruments());
            cohorts.add(cohort);
            for (SyntheticParticipant s : cohort) {
                LocalDate enrolled = p.start().plusDays(s.enrolmentDay());
                participantRows.add(ids.get(i)).add(organisations.get(i)).add(s.code()).add(s.arm()).add("t")
                        .add(enrolled).add(s.birthYear()).add(s.gender()).add(s.recruitmentChannel()).add(enrolled)
                        .endRow();
            }
        }
        participants += participantRows.copyTo(connection);
        Map<String, Long> participantIds = idsByKey(
                "select project_id || '/' || code, id from participant where project_id = any(?)", projectIds);

        CopyRows responseRows = new CopyRows("response (project_id, organisation_id, participant_id, wave_id,"
                + " instrument, instrument_version, items, score, categories, is_case, answered_on, mode, source)");
        for (int i = 0; i < plans.size(); i++) {
            ProjectPlan p = plans.get(i);
            long project = ids.get(i);
            for (SyntheticParticipant s : cohorts.get(i)) {
                long participant = participantIds.get(project + "/" + s.code());
                for (Map.Entry<String, Map<String, Map<String, Integer>>> wave : s.answers().entrySet()) {
                    int offset = p.offsetDays().get(p.waves().indexOf(wave.getKey()));
                    LocalDate answered = p.start().plusDays(s.enrolmentDay() + offset);
                    for (Map.Entry<String, Map<String, Integer>> answer : wave.getValue().entrySet()) {
                        Instrument instrument = catalog.find(answer.getKey()).orElseThrow();
                        Score score = SCORER.score(instrument, answer.getValue());
                        responseRows.add(project).add(organisations.get(i)).add(participant)
                                .add(waveIds.get(project + "/" + wave.getKey())).add(instrument.id())
                                .add(score.instrumentVersion()).add(itemsJson(answer.getValue()))
                                .add(score.value()).add(CopyRows.array(score.categoryIds()))
                                .add(score.isCase() == null ? null : score.isCase() ? "t" : "f")
                                .add(answered).add("SELF").add("API").endRow();
                    }
                }
            }
        }
        responses += responseRows.copyTo(connection);
        return ids;
    }

    private Map<String, Long> idsByKey(String sql, Object[] keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf(keys instanceof String[] ? "text" : "bigint", keys);
            query.setArray(1, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Items as stored by the response service: a JSON object of item key to answer, in item order. */
    private static String itemsJson(Map<String, Integer> items) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Integer> item : items.entrySet()) {
            json.append(json.length() > 1 ? ", " : "").append('"').append(item.getKey()).append("\": ")
                    .append(item.getValue());
        }
        return json.append('}').toString();
    }
}
