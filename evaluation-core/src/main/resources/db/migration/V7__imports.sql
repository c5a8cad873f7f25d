-- Imports: enough about each file to answer a repeated upload of the same file with the
-- summary of the first one (same counts, same detected encoding and delimiter).
alter table import_batch
    add column file_type       text check (file_type in ('CSV', 'XLSX')),
    add column encoding        text,
    add column delimiter       text,
    add column created_count   int not null default 0 check (created_count >= 0),
    add column replaced_count  int not null default 0 check (replaced_count >= 0),
    add column unchanged_count int not null default 0 check (unchanged_count >= 0);

alter table import_batch
    add constraint import_batch_format_check check (format in ('LONG', 'WIDE'));

create index import_batch_organisation_idx on import_batch (organisation_id);
