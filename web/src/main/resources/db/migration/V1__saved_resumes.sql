-- Resumes saved online. Written for both H2 and PostgreSQL: only portable types.
--
-- id               public id in /api/resumes/{id}: 96 random bits, base64url (16 characters)
-- edit_token_hash  SHA-256 of the 128-bit edit token, hex; the token itself is never stored
-- version          1 on creation, +1 on every accepted save; the ETag is "<version>"
-- document         the JSON Resume document exactly as the owner last saved it
-- share_id         the read-only link /r/{share_id}: 128 random bits, base64url; NULL when not shared
-- share_indexable  whether the shared page may be indexed by search engines (owner's opt-in)
-- touched_at       the owner's last save, share change or visit with the edit link; retention
--                  purges rows untouched for cyr.store.retention
CREATE TABLE resume (
    id               VARCHAR(16)        NOT NULL,
    edit_token_hash  CHAR(64)           NOT NULL,
    version          BIGINT             NOT NULL,
    document         VARCHAR(1000000)   NOT NULL,
    share_id         VARCHAR(22),
    share_indexable  BOOLEAN            DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    touched_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resume_pk PRIMARY KEY (id),
    CONSTRAINT resume_share_id_unique UNIQUE (share_id),
    CONSTRAINT resume_version_positive CHECK (version > 0)
);

CREATE INDEX resume_touched_at ON resume (touched_at);
