-- Single sign-on (OpenID Connect): a sign-in begun on one request and finished on the identity
-- provider's return, kept here rather than in one server's memory, so that any instance behind a
-- load balancer finishes what another began. Rows live a few minutes and are taken once: the
-- return deletes the row it reads, and expired rows are deleted as new ones are written.
-- state_hash is the SHA-256 of the random state sent through the browser; the nonce and the PKCE
-- code verifier are what the return checks the identity provider's answer against.
create table pending_sign_on (
    state_hash     varchar(64) primary key,
    nonce          varchar(200) not null,
    code_verifier  varchar(200) not null,
    redirect_uri   varchar(2000) not null,
    next_path      varchar(2000) not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null
);

create index pending_sign_on_expires_ix on pending_sign_on (expires_at);
