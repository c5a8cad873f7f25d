-- A grant opens a project's aggregates to the organisation that owns the pool only while the
-- project's own organisation names that organisation as a FUNDER partner of the project (or owns
-- the pool itself): taking the funder off the project's partners withdraws its access, and the
-- grant itself stays on record. Every funder-access query reads this view, not grant_award.
create view consented_grant as
select g.id, g.grant_pool_id, g.project_id, g.organisation_id, g.amount_dkk, g.awarded_on,
       gp.organisation_id as funder_organisation_id
  from grant_award g
  join grant_pool gp on gp.id = g.grant_pool_id
 where gp.organisation_id = g.organisation_id
    or exists (select 1
                 from project_partner pp
                where pp.project_id = g.project_id
                  and pp.partner_id = gp.organisation_id
                  and pp.role = 'FUNDER');
