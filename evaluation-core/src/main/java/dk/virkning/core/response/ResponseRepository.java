package dk.virkning.core.response;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Responses and their history; every statement is scoped by the project's organisation. Items are jsonb. */
@JdbiRepository
@RegisterConstructorMapper(ResponseRepository.Row.class)
@RegisterConstructorMapper(ResponseRepository.Current.class)
public interface ResponseRepository {

    /** A response as read, with its participant's code and its wave's name. */
    record Row(long id, String participantCode, String wave, String instrument, String instrumentVersion,
            LocalDate answeredOn, ResponseMode mode, SourceKind source, Long importId, String items, Double score,
            String[] categories, Boolean isCase, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** The stored version of a participant × wave × instrument, for deciding replace or unchanged. */
    record Current(long id, long participantId, long waveId, String instrument, String items, LocalDate answeredOn,
            ResponseMode mode) {
    }

    /** What is written for one response. */
    record Values(long participantId, long waveId, String instrument, String instrumentVersion, String items,
            Double score, String[] categories, Boolean isCase, LocalDate answeredOn, String mode, String source,
            Long importId) {
    }

    String SELECT = """
            select r.id, p.code as participant_code, w.name as wave, r.instrument, r.instrument_version,
                   r.answered_on, r.mode, r.source, r.import_id, r.items::text as items, r.score, r.categories,
                   r.is_case, r.created_at, r.updated_at
              from response r
              join participant p on p.id = r.participant_id and p.organisation_id = r.organisation_id
              join wave w on w.id = r.wave_id and w.organisation_id = r.organisation_id
            """;

    /** The current responses of a project, for locking before they are replaced. */
    String CURRENT = """
            select id, participant_id, wave_id, instrument, items::text as items, answered_on, mode
              from response
             where project_id = :projectId and organisation_id = :organisationId
            """;

    @SqlQuery(SELECT + """
             where r.project_id = :projectId and r.organisation_id = :organisationId
               and (cast(:instrument as text) is null or r.instrument = :instrument)
               and (cast(:waveId as bigint) is null or r.wave_id = :waveId)
             order by p.id, w.ordinal, r.instrument
            """)
    List<Row> list(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("instrument") String instrument, @Bind("waveId") Long waveId);

    /*
     * The look-ups below take many keys for a batch and one for a single submission. PostgreSQL plans
     * a statement with an array parameter afresh at each execution, and under load these three were
     * most of the database's work for a POST /responses (docs/benchmarks.md, "API under load"); one
     * key therefore goes through a statement with a plain parameter, whose plan is kept.
     */

    /** The stored responses with these ids: those of one request (an import does not read them back). */
    default List<Row> byIds(long[] ids, long organisationId) {
        return ids.length == 1 ? byId(ids[0], organisationId) : byAnyId(ids, organisationId);
    }

    @SqlQuery(SELECT + " where r.id = :id and r.organisation_id = :organisationId")
    List<Row> byId(@Bind("id") long id, @Bind("organisationId") long organisationId);

    @SqlQuery(SELECT + " where r.id = any(:ids) and r.organisation_id = :organisationId")
    List<Row> byAnyId(@Bind("ids") long[] ids, @Bind("organisationId") long organisationId);

    /** The current responses of these participants, locked until the transaction ends. */
    default List<Current> currentForUpdate(long projectId, long organisationId, long[] participantIds) {
        return participantIds.length == 1 ? currentOfOneForUpdate(projectId, organisationId, participantIds[0])
                : currentOfAnyForUpdate(projectId, organisationId, participantIds);
    }

    @SqlQuery(CURRENT + " and participant_id = :participantId for update of response")
    List<Current> currentOfOneForUpdate(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("participantId") long participantId);

    @SqlQuery(CURRENT + " and participant_id = any(:participantIds) for update of response")
    List<Current> currentOfAnyForUpdate(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("participantIds") long[] participantIds);


    /** Inserts unless a concurrent transaction got there first; then returns empty. */
    @SqlQuery("""
            insert into response (project_id, organisation_id, participant_id, wave_id, instrument, instrument_version,
                   items, score, categories, is_case, answered_on, mode, source, import_id)
            values (:projectId, :organisationId, :participantId, :waveId, :instrument, :instrumentVersion,
                   cast(:items as jsonb), :score, :categories, :isCase, :answeredOn, :mode, :source, :importId)
            on conflict (participant_id, wave_id, instrument) do nothing
            returning id
            """)
    Optional<Long> insert(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @BindMethods Values values);

    /** A row {@link #insertAll} wrote. */
    record Inserted(long id, long participantId, long waveId, String instrument) {
    }

    /**
     * Inserts many new responses in one statement (an import of 100,000 responses would otherwise be
     * 100,000 round trips); those a concurrent transaction stored first are skipped and missing from
     * the answer. Columns come as parallel arrays; categories, whose length varies by row, as JSON
     * arrays; dates as ISO text.
     */
    @SqlQuery("""
            insert into response (project_id, organisation_id, participant_id, wave_id, instrument, instrument_version,
                   items, score, categories, is_case, answered_on, mode, source, import_id)
            select :projectId, :organisationId, u.participant_id, u.wave_id, u.instrument, u.instrument_version,
                   cast(u.items as jsonb), u.score,
                   array(select jsonb_array_elements_text(cast(u.categories as jsonb))),
                   u.is_case, cast(u.answered_on as date), u.mode, u.source, :importId
              from unnest(:participantIds, :waveIds, :instruments, :instrumentVersions, :items, :scores,
                          :categories, :cases, :answeredOn, :modes, :sources)
                   as u(participant_id, wave_id, instrument, instrument_version, items, score, categories, is_case,
                        answered_on, mode, source)
            on conflict (participant_id, wave_id, instrument) do nothing
            returning id, participant_id, wave_id, instrument
            """)
    @RegisterConstructorMapper(Inserted.class)
    List<Inserted> insertAll(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("participantIds") long[] participantIds, @Bind("waveIds") long[] waveIds,
            @Bind("instruments") String[] instruments, @Bind("instrumentVersions") String[] instrumentVersions,
            @Bind("items") String[] items, @Bind("scores") Double[] scores, @Bind("categories") String[] categories,
            @Bind("cases") Boolean[] cases, @Bind("answeredOn") String[] answeredOn, @Bind("modes") String[] modes,
            @Bind("sources") String[] sources, @Bind("importId") Long importId);

    /** Appends the current version of a response to its history, before it is replaced. */
    @SqlUpdate("""
            insert into response_history (response_id, organisation_id, items, score, answered_on, mode, source,
                   import_id, valid_from, instrument_version, categories, is_case)
            select id, organisation_id, items, score, answered_on, mode, source, import_id, updated_at,
                   instrument_version, categories, is_case
              from response
             where id = :id and organisation_id = :organisationId
            """)
    void archive(@Bind("id") long id, @Bind("organisationId") long organisationId);

    @SqlUpdate("""
            update response
               set instrument_version = :instrumentVersion, items = cast(:items as jsonb), score = :score,
                   categories = :categories, is_case = :isCase, answered_on = :answeredOn, mode = :mode,
                   source = :source, import_id = :importId, updated_at = now()
             where id = :id and organisation_id = :organisationId
            """)
    void replace(@Bind("id") long id, @Bind("organisationId") long organisationId, @BindMethods Values values);

    @SqlQuery("""
            select exists (select 1 from import_batch
                            where id = :importId and project_id = :projectId and organisation_id = :organisationId)
            """)
    boolean importBelongsTo(@Bind("importId") long importId, @Bind("projectId") long projectId,
            @Bind("organisationId") long organisationId);
}
