package dk.virkning.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The stored evaluation results as the fault tests compare them: every row, and no cell twice. */
record StoredResults(JdbcTemplate jdbc) {

    /** Every result row in a stable order, the statistics as text. */
    List<Map<String, Object>> rows() {
        return jdbc.queryForList("""
                select project_id, organisation_id, instrument, baseline_wave_id, later_wave_id, subgroup_type,
                       subgroup_value, analysis, n, caution, suppressed, statistics::text as statistics
                  from evaluation_result
                 order by project_id, instrument, baseline_wave_id, later_wave_id, subgroup_type, subgroup_value,
                          analysis""");
    }

    /** No cell stored twice, and one run recorded per project. */
    void assertNoDuplicates(int projects) {
        assertThat(count("""
                select count(*) from (select distinct project_id, instrument, baseline_wave_id, later_wave_id,
                                                      subgroup_type, subgroup_value, analysis
                                        from evaluation_result) cells"""))
                .isEqualTo(count("select count(*) from evaluation_result"));
        assertThat(count("select count(*) from evaluation_run")).isEqualTo(projects);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
