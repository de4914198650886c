-- A pending draft of the next version has its own time and author, so editing it leaves the
-- published playbook exactly as readers know it (including its updated_at).
alter table playbooks
    add column draft_updated_at timestamptz,
    add column draft_updated_by varchar(128);
