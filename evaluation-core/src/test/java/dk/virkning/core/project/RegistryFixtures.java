package dk.virkning.core.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.user.UserRepository;
import dk.virkning.stats.design.Design;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/** Organisations, callers and projects for the core tests, each test creating its own tenant. */
@Component
public class RegistryFixtures {

    private final Jdbi jdbi;
    private final ProjectService projects;
    private final UserRepository users;

    public RegistryFixtures(Jdbi jdbi, ProjectService projects, UserRepository users) {
        this.jdbi = jdbi;
        this.projects = projects;
        this.users = users;
    }

    public long organisation(String name) {
        return jdbi.withHandle(h -> h.createUpdate("insert into organisation (name, kind) values (:name, 'NGO')")
                .bind("name", name)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** A STAFF caller of a new organisation. */
    public Caller staffOfNewOrganisation() {
        return staff(organisation("Forening " + System.nanoTime()));
    }

    /** A real STAFF user of the organisation (audit lines refer to users). */
    public Caller staff(long organisationId) {
        long userId = users.insert("staff-" + UUID.randomUUID() + "@example.org", "Staff", false);
        users.addMembership(userId, organisationId, Role.STAFF.name());
        return new Caller(userId, false, Map.of(organisationId, Set.of(Role.STAFF)));
    }

    public static long organisationOf(Caller caller) {
        return caller.staffOrganisations()[0];
    }

    /** A valid draft: WHO5 and TILS, PRE_POST with waves baseline (0) and post (90). */
    public static ProjectDraft prePostDraft(String title) {
        return draft(title, Design.PRE_POST, List.of("WHO5", "TILS"),
                List.of(new WaveDraft("baseline", 0), new WaveDraft("post", 90)));
    }

    public static ProjectDraft draft(String title, Design design, List<String> instruments, List<WaveDraft> waves) {
        return new ProjectDraft(null, null, title, null, null, null, null, 65, null, List.of("ældre"),
                List.of(InterventionType.VISITING_FRIEND_MENTOR), null, List.of(Strategy.SOCIAL_SUPPORT),
                List.of(Arena.HOME_HOUSING), List.of(Purpose.RELIEVE), LonelinessFocus.DIRECT, design, instruments,
                waves, null, List.of(), List.of(), null);
    }

    public Project project(Caller caller, ProjectDraft draft) {
        return projects.create(caller, draft);
    }

    public int count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Integer.class).one();
        });
    }
}
