package dk.virkning.core.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.organisation.Organisation;
import dk.virkning.core.organisation.OrganisationRepository;
import dk.virkning.core.problem.PlausibleDates;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant pools and the grants awarded from them. Every member of the owning organisation sees
 * its pools; its ORG_ADMINs and FUNDERs create pools and award grants.
 */
@Service
public class GrantService {

    public static final int MAX_NAME_LENGTH = 300;
    /** numeric(16, 2): 14 digits before the decimal point. */
    private static final BigDecimal MAX_DKK = new BigDecimal("99999999999999.99");

    private final GrantRepository grants;
    private final OrganisationRepository organisations;
    private final AuditLog auditLog;

    public GrantService(GrantRepository grants, OrganisationRepository organisations, AuditLog auditLog) {
        this.grants = grants;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @Transactional
    public GrantPool createPool(Caller caller, NewGrantPool input) {
        if (input.organisationId() != null) {
            // Authorisation before validation: an organisation's existence and kind are not for strangers to probe.
            checkAwards(caller, input.organisationId());
        }
        List<InputProblem> problems = new ArrayList<>();
        Organisation owner = null;
        if (input.organisationId() == null) {
            problems.add(InputProblem.field("organisationId", "REQUIRED", "organisationId is required."));
        } else {
            owner = organisations.findAmong(new long[] {input.organisationId()}).stream().findFirst().orElse(null);
            if (owner == null) {
                problems.add(InputProblem.field("organisationId", "UNKNOWN_ORGANISATION",
                        "Organisation " + input.organisationId() + " does not exist."));
            } else if (!owner.kind().runsGrantPools()) {
                problems.add(InputProblem.field("organisationId", "NOT_A_FUNDER",
                        "Organisation " + owner.id() + " is of kind " + owner.kind() + "; grant pools are owned by "
                                + "a FOUNDATION, STATE_AGENCY, MUNICIPALITY or REGION."));
            }
        }
        String name = input.name() == null ? null : input.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add(InputProblem.field("name", "REQUIRED", "name is required."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(InputProblem.field("name", "TOO_LONG",
                    "name may have at most " + MAX_NAME_LENGTH + " characters, not " + name.length() + "."));
        }
        plausible("periodStart", PlausibleDates.period("periodStart", input.periodStart()), problems);
        plausible("periodEnd", PlausibleDates.period("periodEnd", input.periodEnd()), problems);
        if (input.periodStart() != null && input.periodEnd() != null && input.periodEnd().isBefore(input.periodStart())) {
            problems.add(InputProblem.field("periodEnd", "BEFORE_START",
                    "periodEnd " + input.periodEnd() + " is before periodStart " + input.periodStart() + "."));
        }
        checkAmount("totalDkk", input.totalDkk(), false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkAwards(caller, owner.id());
        long id = grants.insertPool(owner.id(), name, input.periodStart(), input.periodEnd(), input.totalDkk());
        auditLog.record(caller, owner.id(), "GRANT_POOL_CREATED", "GRANT_POOL", id, Map.of("name", name));
        return grants.findPool(id, new long[] {owner.id()}).orElseThrow();
    }

    /** The pools owned by organisations the caller is a member of. */
    @Transactional(readOnly = true)
    public List<GrantPool> pools(Caller caller) {
        return grants.findPools(memberOf(caller));
    }

    @Transactional(readOnly = true)
    public GrantPool pool(Caller caller, long poolId) {
        return grants.findPool(poolId, memberOf(caller)).orElseThrow(() -> new NotFoundException("Grant pool", poolId));
    }

    /**
     * The pool, for a caller who may read its funded projects' aggregates (its portfolio report and
     * meta-analysis): the FUNDER and ORG_ADMIN users of the owning organisation (FundingAccess).
     * 404 when the caller does not see the pool, 403 when they see it but may not read its portfolio.
     */
    @Transactional(readOnly = true)
    public GrantPool poolForPortfolio(Caller caller, long poolId) {
        GrantPool pool = pool(caller, poolId);
        if (!FundingAccess.fundsFor(caller, pool.organisationId())) {
            throw new ForbiddenException("A pool's portfolio report and meta-analysis are for the FUNDER and ORG_ADMIN"
                    + " users of the organisation that owns the pool.");
        }
        return pool;
    }

    @Transactional
    public Grant award(Caller caller, long poolId, NewGrant input) {
        grants.lockPool(poolId, memberOf(caller)).orElseThrow(() -> new NotFoundException("Grant pool", poolId));
        GrantPool pool = pool(caller, poolId);
        checkAwards(caller, pool.organisationId());

        List<InputProblem> problems = new ArrayList<>();
        Long projectOrganisation = null;
        if (input.projectId() == null) {
            problems.add(InputProblem.field("projectId", "REQUIRED", "projectId is required."));
        } else {
            projectOrganisation = grants.projectOrganisation(input.projectId()).orElse(null);
            // A grant opens the project's aggregates to the funder, so the project's own organisation must have
            // named the funder: no foundation can fund its way in. A project that does not exist gets the same
            // answer, so that a funder cannot learn which project ids exist elsewhere.
            if (projectOrganisation == null || (projectOrganisation != pool.organisationId()
                    && !grants.listsFunder(input.projectId(), pool.organisationId()))) {
                problems.add(InputProblem.field("projectId", "NOT_A_FUNDING_PARTNER", "Project "
                        + input.projectId() + " does not exist or does not list organisation " + pool.organisationId()
                        + " as a partner with role FUNDER; the project's staff add it to the project's partners first."));
            }
        }
        checkAmount("amountDkk", input.amountDkk(), true, problems);
        plausible("awardedOn", PlausibleDates.period("awardedOn", input.awardedOn()), problems);
        if (input.amountDkk() != null && pool.totalDkk() != null && problems.isEmpty()
                && pool.awardedDkk().add(input.amountDkk()).compareTo(pool.totalDkk()) > 0) {
            problems.add(InputProblem.field("amountDkk", "EXCEEDS_POOL",
                    "amountDkk " + input.amountDkk().toString() + " exceeds what is left of the pool: "
                            + pool.totalDkk().subtract(pool.awardedDkk()).toPlainString() + " of "
                            + pool.totalDkk().toPlainString() + " DKK."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long projectId = input.projectId();
        long grantId = grants.insertGrantUnlessPresent(poolId, projectId, projectOrganisation, input.amountDkk(),
                        input.awardedOn())
                .orElseThrow(() -> new ConflictException("Grant pool " + poolId + " already funds project "
                        + projectId + "."));

        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("grantPoolId", poolId);
        detail.put("projectId", projectId);
        detail.put("amountDkk", input.amountDkk());
        // Both sides see the award: the funder in its own log, the project's organisation in its.
        auditLog.record(caller, pool.organisationId(), "GRANT_AWARDED", "GRANT", grantId, detail);
        if (projectOrganisation != pool.organisationId()) {
            auditLog.record(caller, projectOrganisation, "GRANT_AWARDED", "GRANT", grantId, detail);
        }
        return grants.findGrant(grantId, new long[] {pool.organisationId()}).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Grant> grants(Caller caller, long poolId) {
        pool(caller, poolId);
        return grants.findGrants(poolId, memberOf(caller));
    }

    private static void checkAwards(Caller caller, long organisationId) {
        if (!caller.hasRole(organisationId, Role.ORG_ADMIN) && !caller.hasRole(organisationId, Role.FUNDER)) {
            throw new ForbiddenException("Only an ORG_ADMIN or FUNDER of organisation " + organisationId
                    + " may manage its grant pools.");
        }
    }

    private static void plausible(String field, String implausible, List<InputProblem> problems) {
        if (implausible != null) {
            problems.add(InputProblem.field(field, "OUT_OF_RANGE", implausible));
        }
    }

    private static void checkAmount(String field, BigDecimal amount, boolean required, List<InputProblem> problems) {
        if (amount == null) {
            if (required) {
                problems.add(InputProblem.field(field, "REQUIRED", field + " is required."));
            }
        } else if (amount.signum() < 0) {
            problems.add(InputProblem.field(field, "NEGATIVE", field + " must not be negative."));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(InputProblem.field(field, "TOO_PRECISE", field + " has at most 2 decimals (øre)."));
        } else if (amount.compareTo(MAX_DKK) > 0) {
            problems.add(InputProblem.field(field, "TOO_LARGE", field + " must be at most "
                    + MAX_DKK.toPlainString() + "."));
        }
    }

    private static long[] memberOf(Caller caller) {
        return caller.organisationsWith(Role.values());
    }
}
