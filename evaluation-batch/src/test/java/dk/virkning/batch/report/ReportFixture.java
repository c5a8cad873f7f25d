package dk.virkning.batch.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.core.demo.SyntheticCohort;
import dk.virkning.core.demo.SyntheticParticipant;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.instrument.InstrumentScorer;
import dk.virkning.stats.instrument.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects with realistic synthetic answers (SyntheticCohort), scored with the instrument
 * catalog and inserted with plain SQL; then the real evaluation and economy jobs compute their
 * results, so that reports are rendered from real job output.
 */
public final class ReportFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate START = LocalDate.of(2025, 2, 3);

    private final JdbcTemplate jdbc;
    private final BatchJobs jobs;
    private final InstrumentCatalog catalog = InstrumentCatalog.bundled();

    public ReportFixture(JdbcTemplate jdbc, BatchJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** Waves in order: name, offset, name, offset, ... */
    public static Map<String, Integer> waves(Object... nameOffset) {
        Map<String, Integer> waves = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameOffset.length; i += 2) {
            waves.put((String) nameOffset[i], (Integer) nameOffset[i + 1]);
        }
        return waves;
    }

    public long organisation(String name, String kind) {
        return jdbc.queryForObject("insert into organisation (name, kind) values (?, ?) returning id", Long.class, name, kind);
    }

    /**
     * A project with participants answering every instrument at each wave (with realistic drop-out).
     *
     * @param waves wave names with their offsets, baseline first
     */
    public long project(long organisation, String title, String design, List<String> instruments, int participants,
            double effect, long seed, Map<String, Integer> waves) {
        long project = jdbc.queryForObject("""
                insert into project (organisation_id, title, design, instruments, cost_dkk, target_age_min, target_age_max,
                                     arenas, period_start, description)
                values (?, ?, ?, ?::text[], 480000, 65, 95, '{LEISURE_COMMUNITIES}', date '2025-02-01',
                        'Frivillige besøgsvenner mødes med ældre, der føler sig ensomme, én gang om ugen.')
                returning id""", Long.class, organisation, title, design, "{" + String.join(",", instruments) + "}");
        List<String> waveNames = new ArrayList<>(waves.keySet());
        Map<String, Long> waveIds = new java.util.HashMap<>();
        int ordinal = 0;
        for (String name : waveNames) {
            waveIds.put(name, jdbc.queryForObject("""
                    insert into wave (project_id, organisation_id, name, offset_days, ordinal)
                    values (?, ?, ?, ?, ?) returning id""", Long.class, project, organisation, name, waves.get(name), ordinal++));
        }
        boolean controlled = design.equals("RCT") || design.equals("PRE_POST_CONTROL");
        List<SyntheticParticipant> people = new SyntheticCohort(seed, effect, 0.9).participants("R" + seed + "-",
                participants, controlled ? 0.45 : 0.0, 65, 92, START.getYear(), waveNames, instruments);
        InstrumentScorer scorer = new InstrumentScorer();
        List<Object[]> responses = new ArrayList<>();
        for (SyntheticParticipant p : people) {
            LocalDate enrolled = START.plusDays(p.enrolmentDay());
            long participant = jdbc.queryForObject("""
                    insert into participant (project_id, organisation_id, code, arm, consent_evaluation, consent_date,
                                             birth_year, gender, recruitment_channel, enrolled_on)
                    values (?, ?, ?, ?, true, ?, ?, ?, ?, ?) returning id""", Long.class, project, organisation,
                    p.code(), p.arm(), enrolled, p.birthYear(), p.gender(), p.recruitmentChannel(), enrolled);
            p.answers().forEach((wave, byInstrument) -> byInstrument.forEach((instrument, items) -> {
                Score score = scorer.score(catalog.get(instrument), items);
                responses.add(new Object[] {project, organisation, participant, waveIds.get(wave), instrument,
                        JSON.writeValueAsString(items), score.value(), enrolled.plusDays(waves.get(wave))});
            }));
        }
        jdbc.batchUpdate("""
                insert into response (project_id, organisation_id, participant_id, wave_id, instrument, instrument_version,
                                      items, score, answered_on, mode, source)
                values (?, ?, ?, ?, ?, '1.0', ?::jsonb, ?, ?, 'SELF', 'API')""", responses);
        return project;
    }

    public long pool(long funderOrganisation, String name) {
        return jdbc.queryForObject("""
                insert into grant_pool (organisation_id, name, period_start, total_dkk)
                values (?, ?, date '2025-01-01', 5000000) returning id""", Long.class, funderOrganisation, name);
    }

    /** The project names the pool's owner as its funder, and the pool funds it. */
    public void award(long pool, long project) {
        jdbc.update("""
                insert into project_partner (project_id, organisation_id, partner_id, role)
                select p.id, p.organisation_id, gp.organisation_id, 'FUNDER' from project p, grant_pool gp
                 where p.id = ? and gp.id = ?
                on conflict do nothing""", project, pool);
        jdbc.update("""
                insert into grant_award (grant_pool_id, project_id, organisation_id, amount_dkk)
                select ?, id, organisation_id, 400000 from project where id = ?""", pool, project);
    }

    /** Runs the evaluation job for the projects and then the economy job, as the nightly schedule does. */
    public void evaluate(long... projects) {
        StringBuilder ids = new StringBuilder();
        for (long id : projects) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        evaluate(ids.toString());
    }

    /** @param projects comma-separated ids, or ALL (job parameters are bounded in length) */
    public void evaluate(String projects) {
        long evaluation = jobs.start("evaluationJob", Map.of("projects", projects));
        if (!jobs.await(evaluation, Duration.ofMinutes(5)).completed()) {
            throw new IllegalStateException("evaluationJob did not complete");
        }
        long economy = jobs.start("economyJob", Map.of());
        if (!jobs.await(economy, Duration.ofMinutes(5)).completed()) {
            throw new IllegalStateException("economyJob did not complete");
        }
    }
}
