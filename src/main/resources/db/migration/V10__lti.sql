-- LTI 1.3 (docs/lti.md): Quizmark as a tool inside Moodle, Canvas and other learning platforms.
-- Portable SQL like V1 (PostgreSQL, and H2 in PostgreSQL mode for the quick start).

-- A platform that may launch Quizmark: one row per (issuer, client id) the platform gave us.
create sequence lti_registration_seq start with 1 increment by 50;
create table lti_registration (
    id             bigint        not null primary key,
    name           varchar(200)  not null,
    issuer         varchar(500)  not null,
    client_id      varchar(255)  not null,
    auth_login_url varchar(1000) not null,
    token_url      varchar(1000) not null,
    jwks_url       varchar(1000) not null,
    created_at     timestamp with time zone not null,
    constraint lti_registration_issuer_client unique (issuer, client_id)
);

-- Deployment ids the platform sends in deployment_id; a launch from any other deployment is refused.
create table lti_deployment (
    registration_id bigint       not null references lti_registration (id) on delete cascade,
    deployment_id   varchar(255) not null,
    primary key (registration_id, deployment_id)
);

-- Quizmark's own RS256 keys (JWK with private part). The newest unretired key signs; retired keys stay in
-- /lti/jwks for a while so platforms holding a token signed just before a rotation can still check it.
create table lti_tool_key (
    kid         varchar(64) not null primary key,
    private_jwk varchar     not null,
    created_at  timestamp with time zone not null,
    retired_at  timestamp with time zone
);

-- OIDC login state and nonce, single use and short-lived; in the database so that a launch works on any
-- instance and when the browser blocks the state cookie in the platform's iframe.
create table lti_launch_state (
    state           varchar(64) not null primary key,
    nonce           varchar(64) not null,
    registration_id bigint      not null references lti_registration (id) on delete cascade,
    expires_at      timestamp with time zone not null
);

-- Nonces and one-time ticket ids already used (replay protection), kept until they expire.
create table lti_used_nonce (
    issuer     varchar(500) not null,
    nonce      varchar(255) not null,
    expires_at timestamp with time zone not null,
    primary key (issuer, nonce)
);
create index lti_used_nonce_expires on lti_used_nonce (expires_at);

-- A platform user: (issuer, sub) is the person, linked to one Quizmark account.
create table lti_user (
    issuer     varchar(500) not null,
    sub        varchar(255) not null,
    account_id bigint       not null references account (id),
    created_at timestamp with time zone not null,
    primary key (issuer, sub)
);
create index lti_user_account on lti_user (account_id);

-- A course (context) of a platform. Only approved contexts are this Quizmark course: launches from others are
-- refused, so an instructor of some other course of the same platform never becomes an instructor here.
create sequence lti_context_seq start with 1 increment by 50;
create table lti_context (
    id                bigint        not null primary key,
    registration_id   bigint        not null references lti_registration (id) on delete cascade,
    context_id        varchar(255)  not null,
    title             varchar(500),
    approved          boolean       not null default false,
    memberships_url   varchar(1000),
    roster_synced_at  timestamp with time zone,
    roster_message    varchar(1000),
    created_at        timestamp with time zone not null,
    constraint lti_context_registration_context unique (registration_id, context_id)
);

-- Who belongs to a context (from launches and roster sync), so a grade goes only to the student's own courses.
create table lti_membership (
    context_id bigint      not null references lti_context (id) on delete cascade,
    account_id bigint      not null references account (id),
    instructor boolean     not null,
    primary key (context_id, account_id)
);

-- A placement of a quiz in a course (resource link) and its gradebook column (AGS line item).
create sequence lti_resource_link_seq start with 1 increment by 50;
create table lti_resource_link (
    id               bigint        not null primary key,
    context_id       bigint        not null references lti_context (id) on delete cascade,
    resource_link_id varchar(255)  not null,
    quiz_id          varchar(100)  not null,
    title            varchar(500),
    lineitem_url     varchar(1000),
    created_at       timestamp with time zone not null,
    constraint lti_resource_link_context_link unique (context_id, resource_link_id)
);
create index lti_resource_link_quiz on lti_resource_link (quiz_id);

-- Score outbox: one row per (resource link, student). Grading marks it pending in the grading transaction;
-- the sender computes the student's graded result when it sends, retries with backoff while the platform
-- fails, and records what happened for the instructor's status page.
create sequence lti_score_outbox_seq start with 1 increment by 50;
create table lti_score_outbox (
    id               bigint      not null primary key,
    resource_link_id bigint      not null references lti_resource_link (id) on delete cascade,
    account_id       bigint      not null references account (id),
    status           varchar(16) not null,
    tries            integer     not null default 0,
    next_try_at      timestamp with time zone not null,
    last_error       varchar(2000),
    score_given      numeric(10, 3),
    score_maximum    numeric(10, 3),
    sent_at          timestamp with time zone,
    updated_at       timestamp with time zone not null,
    constraint lti_score_outbox_link_account unique (resource_link_id, account_id)
);
create index lti_score_outbox_due on lti_score_outbox (status, next_try_at);
