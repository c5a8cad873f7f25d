package dk.virkning.core.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The import_batch rows of a project; every statement is scoped by the project's organisation. */
@JdbiRepository
@RegisterConstructorMapper(ImportBatchRepository.Row.class)
public interface ImportBatchRepository {

    /** One import as stored. */
    record Row(long id, long projectId, String fileName, String fileSha256, String fileType, String format,
            String encoding, String delimiter, int responseCount, int createdCount, int replacedCount,
            int unchangedCount, Long importedBy, OffsetDateTime createdAt) {
    }

    /** What is written when a file has passed validation. */
    record NewBatch(String fileName, String fileSha256, String fileType, String format, String encoding,
            String delimiter, int responseCount, Long importedBy) {
    }

    String SELECT = """
            select id, project_id, file_name, file_sha256, file_type, format, encoding, delimiter, response_count,
                   created_count, replaced_count, unchanged_count, imported_by, created_at
              from import_batch
            """;

    @SqlQuery(SELECT + """
             where project_id = :projectId and organisation_id = :organisationId
             order by created_at desc, id desc
            """)
    List<Row> list(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlQuery(SELECT + " where id = :id and project_id = :projectId and organisation_id = :organisationId")
    Optional<Row> find(@Bind("id") long id, @Bind("projectId") long projectId,
            @Bind("organisationId") long organisationId);

    @SqlQuery(SELECT + """
             where project_id = :projectId and organisation_id = :organisationId and file_sha256 = :sha256
            """)
    Optional<Row> findBySha256(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("sha256") String sha256);

    /**
     * Inserts the batch unless the same file is already imported into the project. A concurrent
     * import of the same file makes this wait for the other transaction; if that one commits,
     * nothing is inserted and the result is empty.
     */
    @SqlQuery("""
            insert into import_batch (project_id, organisation_id, file_name, file_sha256, file_type, format,
                   encoding, delimiter, response_count, imported_by)
            values (:projectId, :organisationId, :fileName, :fileSha256, :fileType, :format,
                   :encoding, :delimiter, :responseCount, :importedBy)
            on conflict (project_id, file_sha256) do nothing
            returning id
            """)
    Optional<Long> insert(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @BindMethods NewBatch batch);

    @SqlUpdate("""
            update import_batch
               set created_count = :created, replaced_count = :replaced, unchanged_count = :unchanged
             where id = :id and organisation_id = :organisationId
            """)
    void recordOutcomes(@Bind("id") long id, @Bind("organisationId") long organisationId,
            @Bind("created") int created, @Bind("replaced") int replaced, @Bind("unchanged") int unchanged);
}
