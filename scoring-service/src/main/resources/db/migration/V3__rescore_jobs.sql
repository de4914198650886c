-- Background rescoring of a tenant's history by a newer analyser version, with its progress
-- in the database so that any replica can answer for it.
CREATE TABLE rescore_job (
    id             uuid        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    requested_by   text        NOT NULL,
    target_version text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    total          integer     NOT NULL,
    processed      integer     NOT NULL DEFAULT 0,
    rescored       integer     NOT NULL DEFAULT 0,
    started_at     timestamptz NOT NULL,
    -- the heartbeat: a RUNNING job silent for minutes was abandoned (its replica stopped)
    updated_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    error          text
);

CREATE INDEX rescore_job_tenant ON rescore_job (tenant_id, started_at DESC);
