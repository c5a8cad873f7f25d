package dk.virkning.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "virkning.database.embedded.ephemeral=true")
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsAFunderThreeNgosAndFourEvaluatedProjects() {
        assertThat(jdbc.queryForList("select kind from organisation order by kind", String.class))
                .containsExactly("FOUNDATION", "NGO", "NGO", "NGO");
        assertThat(jdbc.queryForList("select design from project order by design", String.class))
                .containsExactly("PRE_POST", "PRE_POST", "PRE_POST_CONTROL", "RCT");
        assertThat(count("select count(*) from participant")).isEqualTo(360);
        assertThat(count("select count(*) from participant where arm = 'CONTROL'")).isBetween(70, 130);
        assertThat(count("select count(*) from grant_award")).isEqualTo(4);
        assertThat(count("select count(*) from response where score is null")).isZero();
        assertThat(count("select count(*) from response")).isGreaterThan(1500);

        assertThat(count("select count(distinct project_id) from evaluation_result")).isEqualTo(4);
        assertThat(count("select count(*) from evaluation_result where analysis = 'BETWEEN' and subgroup_type = 'ALL'"))
                .isPositive();
        List<String> statuses = jdbc.queryForList("select status from economy_estimate order by status", String.class);
        assertThat(statuses).hasSize(4).contains("VALUED");
    }

    @Test
    void interventionImprovesWellBeingInTheDemoPrePostProject() {
        Double meanChange = jdbc.queryForObject("""
                select (r.statistics ->> 'mean_change')::float8 from evaluation_result r join project p on p.id = r.project_id
                 where p.title = 'KOMsammen' and r.instrument = 'WHO5' and r.analysis = 'WITHIN'
                   and r.subgroup_type = 'ALL' order by r.later_wave_id limit 1""", Double.class);
        assertThat(meanChange).isGreaterThan(3.0);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
