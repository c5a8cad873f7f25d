package dk.virkning.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    Jdbi jdbi;

    @Autowired
    TransactionTemplate transactions;

    long organisationId;
    Caller orgAdmin;

    @BeforeEach
    void setUp() {
        organisationId = jdbi.withHandle(h -> h.createUpdate("insert into organisation (name, kind) values ('Ventilen', 'NGO')")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        long userId = jdbi.withHandle(h -> h.createUpdate(
                        "insert into app_user (email, name) values ('admin-' || gen_random_uuid() || '@example.org', 'Admin')")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        orgAdmin = new Caller(userId, false, Map.of(organisationId, Set.of(Role.ORG_ADMIN)));
    }

    @Test
    void storesDetailValuesWithQuotesAndControlCharactersAsValidJson() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("label", "\"laptop\" \\ æøå\n\t\u0001");
        detail.put("amountDkk", new BigDecimal("1E+3"));
        detail.put("count", 3);
        detail.put("approved", true);
        detail.put("none", null);

        auditLog.record(orgAdmin, organisationId, "TOKEN_ISSUED", "ACCESS_TOKEN", 42L, detail);

        Map<String, Object> stored = jdbi.withHandle(h -> h.createQuery("""
                        select detail->>'label' as label, detail->'amountDkk' as amount, jsonb_typeof(detail->'count') as count_type,
                               detail->'approved' as approved, jsonb_typeof(detail->'none') as none_type, target_id
                          from audit_log where organisation_id = :org""")
                .bind("org", organisationId).mapToMap().one());
        assertThat(stored.get("label")).isEqualTo("\"laptop\" \\ æøå\n\t\u0001");
        assertThat(stored.get("amount").toString()).isEqualTo("1000");
        assertThat(stored.get("count_type")).isEqualTo("number");
        assertThat(stored.get("approved").toString()).isEqualTo("true");
        assertThat(stored.get("none_type")).isEqualTo("null");
        assertThat(stored.get("target_id")).isEqualTo("42");
    }

    @Test
    void rollsBackWithTheActionItRecords() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            auditLog.record(orgAdmin, organisationId, "GRANT_AWARDED", "GRANT", "1");
            throw new IllegalStateException("the award failed");
        })).hasMessage("the award failed");

        assertThat(auditLog.entries(orgAdmin, organisationId, 10, null)).isEmpty();
    }

    @Test
    void recordsSystemActionsWithoutAUserAndListsThemNewestFirst() {
        auditLog.record(null, organisationId, "EVALUATION_RUN", "PROJECT", "7");
        auditLog.record(orgAdmin, organisationId, "EXPORT_DOWNLOADED", "EXPORT", "8", "{\"rows\": 120}");

        List<AuditEntry> entries = auditLog.entries(orgAdmin, organisationId, 10, null);

        assertThat(entries).extracting(AuditEntry::action).containsExactly("EXPORT_DOWNLOADED", "EVALUATION_RUN");
        assertThat(entries.get(0).userName()).isEqualTo("Admin");
        assertThat(entries.get(0).detailJson()).isEqualTo("{\"rows\": 120}");
        assertThat(entries.get(1).userId()).isNull();
        assertThat(auditLog.entries(orgAdmin, organisationId, 10, entries.get(0).id()))
                .extracting(AuditEntry::action).containsExactly("EVALUATION_RUN");
    }
}
