-- A tenant admin's additions to the analyser's lexicon (their team's jargon).
CREATE TABLE tenant_phrase (
    id         uuid        PRIMARY KEY,
    tenant_id  text        NOT NULL,
    phrase     text        NOT NULL CHECK (length(phrase) BETWEEN 1 AND 200),
    language   text        NOT NULL CHECK (language IN ('HE', 'EN')),
    stance     text        NOT NULL CHECK (stance IN ('OWNERSHIP', 'BLAME', 'HELPLESS', 'MIXED', 'NEUTRAL')),
    target     text CHECK (target IN ('CUSTOMER', 'MANAGEMENT', 'OPERATIONS', 'PRICE', 'MARKET', 'PRODUCT')),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    -- a target only for blaming phrases
    CHECK (target IS NULL OR stance IN ('BLAME', 'MIXED'))
);

CREATE UNIQUE INDEX tenant_phrase_unique ON tenant_phrase (tenant_id, language, lower(phrase));
