-- The economy model of valuation set DK-2026.1 (docs/methods.md §7) keeps the well-being value and the
-- public budget effect apart: public transfers are a budget effect, never social value. Its headline
-- is the social value (well-being value + avoided health care + the tax distortion gain of the budget
-- effect), not the former total (well-being value + every budget effect, transfers included).
--
-- total_value_dkk stays for the estimates stored before, with its old meaning, and is null in new
-- ones; social_value_dkk is null in the old ones: the one is never read as the other.
alter table economy_estimate add column social_value_dkk double precision;
comment on column economy_estimate.total_value_dkk is
    'retired: well-being value plus every budget effect, public transfers included (estimates before DK-2026.1)';

-- The same figures if non-completers had changed as completers did (the sensitivity beside the
-- intention-to-treat headline), and how many participants the health-care costs counted at ages 16-64.
alter table economy_estimate add column complete_case jsonb;
alter table economy_estimate add column participants_aged_16_64 int
    check (participants_aged_16_64 between 0 and participants);
