-- Access: the audit log is append-only in the database itself, not merely by convention, so
-- that neither a bug nor a mistaken SQL session can rewrite who did what (PRIVACY.md).

create function audit_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

-- An organisation's log is read newest first and paged by id (?before=<id>).
create index audit_log_organisation_id_idx on audit_log (organisation_id, id desc);

