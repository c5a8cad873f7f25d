package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A controlled project with WHO-5 and T-ILS scores at baseline and post, inserted with plain SQL,
 * and the same scores kept in memory so tests can run the statistics command line on them.
 */
final class EvaluationFixture {

    /** One participant's scores; {@code null} where the wave was not answered. */
    record Scores(String code, String arm, Double who5Pre, Double who5Post, Double tilsPre, Double tilsPost) {
    }

    final long organisation;
    final long project;
    final long baseline;
    final long post;
    final List<Scores> scores = new ArrayList<>();
    /** The baseline item answers inserted, by instrument, one row per participant in order. */
    final Map<String, List<int[]>> baselineItems = new LinkedHashMap<>();
    /** Items drawn apart from the scores, so the scores are those the other tests were written for. */
    private final Random itemRandom;
    /** WHO-5 at the follow-up wave that {@link #addFollowUp} adds, by participant code. */
    final Map<String, Double> who5FollowUp = new LinkedHashMap<>();

    EvaluationFixture(JdbcTemplate jdbc, String title, long seed, int participants) {
        organisation = jdbc.queryForObject("insert into organisation (name, kind) values (?, 'NGO') returning id",
                Long.class, title + " forening");
        project = jdbc.queryForObject("""
                insert into project (organisation_id, title, design, instruments)
                values (?, ?, 'PRE_POST_CONTROL', '{WHO5,TILS}') returning id""", Long.class, organisation, title);
        baseline = wave(jdbc, "baseline", 0, 1);
        post = wave(jdbc, "post", 90, 2);
        Random random = new Random(seed);
        itemRandom = new Random(seed + 1);
        String[] genders = {"FEMALE", "MALE", "OTHER"};
        for (int i = 1; i <= participants; i++) {
            String arm = i % 2 == 0 ? "CONTROL" : "INTERVENTION";
            long participant = jdbc.queryForObject("""
                    insert into participant (project_id, organisation_id, code, arm, consent_evaluation, consent_date,
                                             birth_year, gender, recruitment_channel, enrolled_on)
                    values (?, ?, ?, ?, true, date '2025-03-01', ?, ?, ?, date '2025-03-01') returning id""",
                    Long.class, project, organisation, String.format("P%03d", i), arm, 1940 + random.nextInt(60),
                    genders[random.nextInt(3)], i % 3 == 0 ? "FLYER" : "MUNICIPAL_REFERRAL");
            double lift = arm.equals("INTERVENTION") ? 2 : 0;
            Double who5Pre = 4.0 * (5 + random.nextInt(15));
            Double who5Post = random.nextInt(8) == 0 ? null : 4.0 * Math.min(25, 5 + random.nextInt(15) + lift);
            Double tilsPre = 3.0 + random.nextInt(7);
            Double tilsPost = who5Post == null ? null : Math.max(3.0, 3.0 + random.nextInt(7) - lift / 2);
            insert(jdbc, participant, baseline, "WHO5", who5Pre);
            insert(jdbc, participant, post, "WHO5", who5Post);
            insert(jdbc, participant, baseline, "TILS", tilsPre);
            insert(jdbc, participant, post, "TILS", tilsPost);
            scores.add(new Scores(String.format("P%03d", i), arm, who5Pre, who5Post, tilsPre, tilsPost));
        }
    }

    /** A third wave, "followup", with WHO-5 for about four in five participants; returns its id. */
    long addFollowUp(JdbcTemplate jdbc, long seed) {
        long followUp = wave(jdbc, "followup", 180, 3);
        Random random = new Random(seed);
        for (Scores s : scores) {
            long participant = jdbc.queryForObject("select id from participant where project_id = ? and code = ?",
                    Long.class, project, s.code());
            Double who5 = random.nextInt(5) == 0 ? null : 4.0 * (6 + random.nextInt(15));
            insert(jdbc, participant, followUp, "WHO5", who5);
            who5FollowUp.put(s.code(), who5);
        }
        return followUp;
    }

    /** WHO-5 at every wave as the command line's {@code waves} input (long format, waves in order). */
    String wavesCsv() {
        StringBuilder csv = new StringBuilder("participant,wave,score\n");
        for (Scores s : scores) {
            csv.append(s.code()).append(",baseline,").append(cell(s.who5Pre())).append('\n');
        }
        for (Scores s : scores) {
            csv.append(s.code()).append(",post,").append(cell(s.who5Post())).append('\n');
        }
        who5FollowUp.forEach((code, score) -> csv.append(code).append(",followup,").append(cell(score)).append('\n'));
        return csv.toString();
    }

    private long wave(JdbcTemplate jdbc, String name, int offset, int ordinal) {
        return jdbc.queryForObject("""
                insert into wave (project_id, organisation_id, name, offset_days, ordinal)
                values (?, ?, ?, ?, ?) returning id""", Long.class, project, organisation, name, offset, ordinal);
    }

    private void insert(JdbcTemplate jdbc, long participant, long wave, String instrument, Double score) {
        if (score == null) {
            return;
        }
        int[] items = instrument.equals("WHO5") ? items(5, 0, 5, (int) (score / 4)) : items(3, 1, 3, score.intValue());
        if (wave == baseline) {
            baselineItems.computeIfAbsent(instrument, k -> new ArrayList<>()).add(items);
        }
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < items.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(i + 1).append("\":").append(items[i]);
        }
        jdbc.update("""
                insert into response (project_id, organisation_id, participant_id, wave_id, instrument,
                                      instrument_version, items, score, answered_on, mode, source)
                values (?, ?, ?, ?, ?, '1.0', cast(? as jsonb), ?, date '2025-06-01', 'SELF', 'API')""",
                project, organisation, participant, wave, instrument, json.append('}').toString(), score);
    }

    /** k answers between lo and hi adding up to sum, the steps placed at random. */
    private int[] items(int k, int lo, int hi, int sum) {
        int[] items = new int[k];
        java.util.Arrays.fill(items, lo);
        for (int left = sum - k * lo; left > 0; left--) {
            int i;
            do {
                i = itemRandom.nextInt(k);
            } while (items[i] == hi);
            items[i]++;
        }
        return items;
    }

    /** The WHO-5 pairs as the command line's {@code paired} input. */
    String pairedCsv() {
        StringBuilder csv = new StringBuilder("participant,pre,post\n");
        for (Scores s : scores) {
            csv.append(s.code()).append(',').append(cell(s.who5Pre())).append(',').append(cell(s.who5Post())).append('\n');
        }
        return csv.toString();
    }

    /** The WHO-5 pairs as the command line's {@code controlled} input. */
    String controlledCsv() {
        StringBuilder csv = new StringBuilder("participant,group,pre,post\n");
        for (Scores s : scores) {
            csv.append(s.code()).append(',').append(s.arm().toLowerCase()).append(',')
                    .append(cell(s.who5Pre())).append(',').append(cell(s.who5Post())).append('\n');
        }
        return csv.toString();
    }

    Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("results", jdbc.queryForObject("select count(*) from evaluation_result where project_id = ?", Long.class, project));
        return counts;
    }

    private static String cell(Double value) {
        return value == null ? "" : String.valueOf(value);
    }
}
