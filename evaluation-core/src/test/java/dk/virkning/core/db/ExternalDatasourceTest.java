package dk.virkning.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.core.CoreTestApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class ExternalDatasourceTest {

    @Test
    void usesTheConfiguredPostgresqlInsteadOfStartingItsOwn() throws Exception {
        // Stands in for an operator's PostgreSQL server: started outside the application.
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                     .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres")) {
            assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(context.getBeanNamesForType(EmbeddedDatabaseInfo.class)).isEmpty();
            context.getBean(Jdbi.class).useHandle(h ->
                    h.execute("insert into organisation (name, kind) values ('Ekstern forening', 'NGO')"));
            int migrations = Jdbi.create(external.getPostgresDatabase()).withHandle(h -> h
                    .createQuery("select count(*) from flyway_schema_history where success").mapTo(Integer.class).one());
            String stored = Jdbi.create(external.getPostgresDatabase()).withHandle(h -> h
                    .createQuery("select name from organisation").mapTo(String.class).one());
            assertThat(migrations).isGreaterThanOrEqualTo(7);
            assertThat(stored).isEqualTo("Ekstern forening");
        }
    }
}
