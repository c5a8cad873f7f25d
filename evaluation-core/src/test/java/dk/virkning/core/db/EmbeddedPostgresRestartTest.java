package dk.virkning.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dk.virkning.core.CoreTestApplication;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class EmbeddedPostgresRestartTest {

    @TempDir
    Path dataRoot;

    @Test
    void keepsDataAcrossARestartOfTheApplication() {
        Path dataDirectory = dataRoot.resolve("postgres");
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            first.getBean(Jdbi.class).useHandle(h ->
                    h.execute("insert into organisation (name, kind) values ('Ældre Sagen Aarhus', 'NGO')"));
        }
        assertThat(Files.exists(dataDirectory.resolve("postgresql.conf"))).isTrue();

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            String name = second.getBean(Jdbi.class).withHandle(h ->
                    h.createQuery("select name from organisation").mapTo(String.class).one());
            assertThat(name).isEqualTo("Ældre Sagen Aarhus");
            assertThat(second.getBean(EmbeddedDatabaseInfo.class).dataDirectory()).isEqualTo(dataDirectory);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(CoreTestApplication.class)
                .run("--virkning.database.embedded.ephemeral=false",
                        "--virkning.database.embedded.data-directory=" + dataDirectory);
    }
}
