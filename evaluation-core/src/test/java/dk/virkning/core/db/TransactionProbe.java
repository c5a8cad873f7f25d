package dk.virkning.core.db;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A repository that tells which transaction it ran in. */
@JdbiRepository
interface TransactionProbe {

    /** Assigns the transaction an id if it has none, so that two calls in one transaction answer alike. */
    @SqlQuery("select cast(txid_current() as bigint)")
    long transactionId();

    @SqlUpdate("insert into organisation (name, kind) values (:name, 'NGO')")
    void insertOrganisation(@Bind("name") String name);

    @SqlQuery("select count(*) from organisation where name = :name")
    int organisationsNamed(@Bind("name") String name);
}
