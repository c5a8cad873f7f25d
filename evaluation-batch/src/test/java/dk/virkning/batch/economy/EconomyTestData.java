package dk.virkning.batch.economy;

import org.springframework.jdbc.core.JdbcTemplate;

/** Hand-inserted registry and evaluation rows for the economy job tests (plain SQL). */
final class EconomyTestData {

    private final JdbcTemplate jdbc;

    EconomyTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long organisation() {
        return jdbc.queryForObject("insert into organisation (name, kind) values ('Ensomhedsforeningen', 'NGO')"
                + " returning id", Long.class);
    }

    long project(long organisation, String design, Double cost) {
        return jdbc.queryForObject("""
                insert into project (organisation_id, title, design, instruments, cost_dkk)
                values (?, 'Besøgsvenner', ?, '{LIFE_SAT,TILS,WHO5}', ?) returning id""",
                Long.class, organisation, design, cost);
    }

    long wave(long project, long organisation, String name, int offsetDays, int ordinal) {
        return jdbc.queryForObject("""
                insert into wave (project_id, organisation_id, name, offset_days, ordinal)
                values (?, ?, ?, ?, ?) returning id""", Long.class, project, organisation, name, offsetDays, ordinal);
    }

    /** Adds participants; {@code erased} of them carry an erasure marker. */
    void participants(long project, long organisation, String arm, int count, int erased) {
        participants(project, organisation, arm, count, erased, 0);
    }

    /**
     * Adds participants; the first {@code erased} carry an erasure marker, the last {@code aged16To64}
     * were born in 1970 (55 at enrolment in 2025), the others have no registered birth year.
     */
    void participants(long project, long organisation, String arm, int count, int erased, int aged16To64) {
        jdbc.update("""
                insert into participant (project_id, organisation_id, code, arm, consent_evaluation, consent_date,
                                         enrolled_on, erased_at, birth_year)
                select ?, ?, ? || '-' || g, ?, true, date '2025-01-06', date '2025-01-06',
                       case when g <= ? then now() end, case when g > ? then 1970 end
                  from generate_series(1, ?) g""", project, organisation, arm, arm, erased, count - aged16To64, count);
    }

    void result(long project, long organisation, String instrument, long baseline, long later, String subgroupType,
            String subgroupValue, String analysis, int n, String statistics) {
        jdbc.update("""
                insert into evaluation_result (project_id, organisation_id, instrument, baseline_wave_id, later_wave_id,
                                               subgroup_type, subgroup_value, analysis, n, caution, suppressed,
                                               statistics)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""",
                project, organisation, instrument, baseline, later, subgroupType, subgroupValue, analysis, n, n < 10,
                n < 5, statistics);
    }

    /**
     * The worked example of docs/methods.md (section 7): PRE_POST, 40 participants (+ 3 erased), 30 of them
     * aged 16-64, DKK 400,000.
     */
    long workedExampleProject(long organisation) {
        long project = project(organisation, "PRE_POST", 400_000.0);
        long baseline = wave(project, organisation, "baseline", 0, 1);
        long post = wave(project, organisation, "post", 90, 2);
        long followUp = wave(project, organisation, "follow-up", 180, 3);
        participants(project, organisation, "INTERVENTION", 43, 3, 30);
        result(project, organisation, "LIFE_SAT", baseline, post, "ALL", "ALL", "WITHIN", 25,
                "{\"n\": 25, \"mean_change\": 0.8, \"sd_change\": 2.0, \"ci_change\": [-0.0256, 1.6256]}");
        result(project, organisation, "TILS", baseline, post, "ALL", "ALL", "WITHIN", 25,
                "{\"n\": 25, \"mean_change\": -0.9, \"sd_change\": 1.5, \"cases_pre\": 12, \"cases_post\": 6,"
                        + " \"cases_resolved\": 8, \"cases_new\": 2, \"mcnemar_p\": 0.1138}");
        // a later pair and other subgroups and analyses the economy must not pick
        result(project, organisation, "LIFE_SAT", baseline, followUp, "ALL", "ALL", "WITHIN", 20,
                "{\"n\": 20, \"mean_change\": 0.1, \"sd_change\": 2.5}");
        result(project, organisation, "LIFE_SAT", baseline, post, "GENDER", "FEMALE", "WITHIN", 15,
                "{\"n\": 15, \"mean_change\": 1.5, \"sd_change\": 2.0}");
        result(project, organisation, "LIFE_SAT", baseline, post, "ALL", "ALL", "ATTRITION", 30,
                "{\"n\": 30, \"mean_change\": null}");
        return project;
    }

    /**
     * An RCT that measured only T-ILS: 30 participants per arm (+ 2 erased in the intervention arm), all aged
     * 16-64, the ANCOVA difference in the share of cases −0.12 (SE 0.09), DKK 150,000.
     */
    long controlledLonelinessProject(long organisation) {
        long project = project(organisation, "RCT", 150_000.0);
        long baseline = wave(project, organisation, "baseline", 0, 1);
        long post = wave(project, organisation, "post", 120, 2);
        participants(project, organisation, "INTERVENTION", 32, 2, 30);
        participants(project, organisation, "CONTROL", 30, 0, 30);
        result(project, organisation, "TILS", baseline, post, "ALL", "ALL", "WITHIN", 60,
                "{\"n\": 60, \"cases_resolved\": 13, \"cases_new\": 4}");
        result(project, organisation, "TILS", baseline, post, "ARM", "INTERVENTION", "WITHIN", 30,
                "{\"n\": 30, \"cases_resolved\": 9, \"cases_new\": 3}");
        result(project, organisation, "TILS", baseline, post, "ARM", "CONTROL", "WITHIN", 30,
                "{\"n\": 30, \"cases_resolved\": 4, \"cases_new\": 1}");
        result(project, organisation, "TILS", baseline, post, "ALL", "ALL", "BETWEEN", 60,
                "{\"n_intervention\": 30, \"n_control\": 30, \"caseness_ancova_diff\": -0.12,"
                        + " \"caseness_ancova_se\": 0.09}");
        return project;
    }

    /** A project that measured only WHO-5: not valued with DK-2026.1. */
    long who5OnlyProject(long organisation) {
        long project = project(organisation, "PRE_POST", 80_000.0);
        long baseline = wave(project, organisation, "baseline", 0, 1);
        long post = wave(project, organisation, "post", 60, 2);
        participants(project, organisation, "INTERVENTION", 20, 0);
        result(project, organisation, "WHO5", baseline, post, "ALL", "ALL", "WITHIN", 18,
                "{\"n\": 18, \"mean_change\": 9.5, \"sd_change\": 14.0}");
        return project;
    }

    /** A project without any evaluation result: the job does not see it. */
    long unevaluatedProject(long organisation) {
        long project = project(organisation, "PRE_POST", 10_000.0);
        participants(project, organisation, "INTERVENTION", 5, 0);
        return project;
    }
}
