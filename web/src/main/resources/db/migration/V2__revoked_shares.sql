-- Share links whose owner stopped sharing: turned the link off, replaced it with a new one, or
-- deleted the online resume. Kept only so that such a link can say so instead of "not found";
-- written for both H2 and PostgreSQL (portable types only).
--
-- share_id_hash  SHA-256 of the revoked share id, hex: the table lists no address that once led
--                to a resume
-- revoked_at     when sharing stopped; retention deletes markers older than cyr.store.retention
CREATE TABLE revoked_share (
    share_id_hash  CHAR(64)                 NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT revoked_share_pk PRIMARY KEY (share_id_hash)
);

CREATE INDEX revoked_share_revoked_at ON revoked_share (revoked_at);
