package dk.virkning.core.db;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.spring.SpringConnectionFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One {@link Jdbi} for the application. Connections come through Spring's transaction
 * synchronisation, so a service method annotated {@code @Transactional} runs every repository
 * call it makes in one PostgreSQL transaction (and Spring Batch steps likewise).
 * Repositories are SqlObject interfaces annotated {@code @JdbiRepository}, bound to the
 * transaction's handle by {@link TransactionBoundRepositories}.
 */
@AutoConfiguration(afterName = {
        "dk.virkning.core.db.EmbeddedPostgresAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@Import(RepositoryRegistrar.class)
public class JdbiConfiguration {

    @Bean
    Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(new SpringConnectionFactory(dataSource))
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        // A statement's exception message would otherwise carry its bound values (e-mail addresses,
        // names, codes) into the log of every 500; the SQL and the cause still say what failed.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    @Bean(RepositoryRegistrar.BINDINGS_BEAN)
    TransactionBoundRepositories transactionBoundRepositories(Jdbi jdbi) {
        return TransactionBoundRepositories.of(jdbi);
    }
}
