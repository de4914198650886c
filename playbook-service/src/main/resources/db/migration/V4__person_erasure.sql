-- Erasing a person (DELETE /people/{personId}) replaces their id with 'erased' in every author
-- column, including who published a version. Published versions stay otherwise immutable: the
-- trigger lets through only an update that changes nothing but published_by, to 'erased'.
create or replace function playbook_versions_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and new.published_by = 'erased'
       and (new.playbook_id, new.version, new.snapshot, new.published_at)
           is not distinct from (old.playbook_id, old.version, old.snapshot, old.published_at) then
        return new;
    end if;
    raise exception 'playbook versions are immutable';
end
$$;

-- finding a person's rows within a tenant without scanning every playbook
create index playbooks_created_by_idx on playbooks (tenant_id, created_by);
create index playbooks_updated_by_idx on playbooks (tenant_id, updated_by);
create index playbook_versions_published_by_idx on playbook_versions (published_by);
