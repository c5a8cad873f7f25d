package dk.virkning.core.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Participants of one project; every statement is scoped by the project's organisation. */
@JdbiRepository
@RegisterConstructorMapper(Participant.class)
public interface ParticipantRepository {

    String SELECT = """
            select id, project_id, code, arm, consent_evaluation, consent_research, consent_date, birth_year, gender,
                   municipality_code, recruitment_channel, enrolled_on, dropped_out_on, dropout_reason, erased_at,
                   created_at
              from participant
            """;

    /** Inserts unless the code is taken in the project; then returns empty. */
    @SqlQuery("""
            insert into participant (project_id, organisation_id, code, arm, consent_evaluation, consent_research,
                   consent_date, birth_year, gender, municipality_code, recruitment_channel, enrolled_on)
            values (:projectId, :organisationId, :code, :arm, :consentEvaluation, :consentResearch, :consentDate,
                   :birthYear, :gender, :municipalityCode, :recruitmentChannel, :enrolledOn)
            on conflict (project_id, code) do nothing
            returning id
            """)
    Optional<Long> insert(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @BindMethods ParticipantDraft participant);

    @SqlQuery(SELECT + " where project_id = :projectId and organisation_id = :organisationId order by id")
    List<Participant> list(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlQuery(SELECT + " where project_id = :projectId and organisation_id = :organisationId and code = :code")
    Optional<Participant> find(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("code") String code);

    /**
     * The participants with these codes, for checking a batch of responses at once. One code goes
     * through {@link #find}: PostgreSQL plans a statement with an array parameter afresh at each
     * execution, which a single submission should not pay (docs/benchmarks.md, "API under load").
     */
    default List<Participant> findByCodes(long projectId, long organisationId, String[] codes) {
        return codes.length == 1 ? find(projectId, organisationId, codes[0]).stream().toList()
                : findByAnyCode(projectId, organisationId, codes);
    }

    @SqlQuery(SELECT + " where project_id = :projectId and organisation_id = :organisationId and code = any(:codes)")
    List<Participant> findByAnyCode(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("codes") String[] codes);

    @SqlUpdate("""
            update participant set dropped_out_on = :droppedOutOn, dropout_reason = :dropoutReason
             where id = :id and organisation_id = :organisationId
            """)
    void updateDropout(@Bind("id") long id, @Bind("organisationId") long organisationId,
            @Bind("droppedOutOn") LocalDate droppedOutOn, @Bind("dropoutReason") String dropoutReason);

    /** Erasure, step 1: the replaced versions of the participant's responses. */
    @SqlUpdate("""
            delete from response_history h
             where h.organisation_id = :organisationId
               and h.response_id in (select r.id from response r
                                      where r.participant_id = :id and r.organisation_id = :organisationId)
            """)
    int eraseResponseHistory(@Bind("id") long id, @Bind("organisationId") long organisationId);

    /** Erasure, step 2: the responses. */
    @SqlUpdate("delete from response where participant_id = :id and organisation_id = :organisationId")
    int eraseResponses(@Bind("id") long id, @Bind("organisationId") long organisationId);

    /** Erasure, step 3: demographics and free text; the marker stays. */
    @SqlUpdate("""
            update participant
               set birth_year = null, gender = 'UNKNOWN', municipality_code = null, recruitment_channel = null,
                   dropout_reason = null, erased_at = now()
             where id = :id and organisation_id = :organisationId
            """)
    void eraseDemographics(@Bind("id") long id, @Bind("organisationId") long organisationId);
}
