-- Live classroom mode (docs/live.md): an instructor-paced session of a quiz, its players and their answers.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode), like V1.

create sequence live_session_seq start with 1 increment by 50;
create table live_session (
    id                   bigint       not null primary key,
    pin                  varchar(6)   not null,
    host_account_id      bigint       not null references account (id),
    quiz_id              varchar(100) not null,
    content_hash         varchar(64)  not null references quiz_version (content_hash),
    state                varchar(16)  not null,
    -- index into the session's live questions (the quiz's questions that fit a phone), -1 in the lobby
    question_index       integer      not null,
    seconds_per_question integer      not null,
    allow_guests         boolean      not null,
    -- OPEN: answers are taken until the deadline; while paused the deadline is null and the time left is kept
    deadline             timestamp with time zone,
    paused_left_ms       bigint,
    -- the current question's whole answering time, extensions included (T of the speed points)
    question_ms          bigint,
    -- question ids skipped by the host: they score nothing and are left out of the stored attempts
    skipped              varchar      not null default '',
    -- raised by every state change; instances learn of changes by it (NOTIFY payload, catch-up, poll)
    sequence             bigint       not null,
    created_at           timestamp with time zone not null,
    finished_at          timestamp with time zone
);
create index live_session_pin_state on live_session (pin, state);
create index live_session_state_deadline on live_session (state, deadline);

create sequence live_player_seq start with 1 increment by 50;
create table live_player (
    id            bigint       not null primary key,
    session_id    bigint       not null references live_session (id),
    -- signed-in students play as themselves; guests have no account
    account_id    bigint       references account (id),
    nickname      varchar(40)  not null,
    -- SHA-256 of the rejoin cookie of a guest (signed-in students rejoin by their account)
    token_hash    varchar(64),
    kicked        boolean      not null default false,
    joined_at     timestamp with time zone not null,
    constraint live_player_nickname unique (session_id, nickname)
);
create index live_player_session_account on live_player (session_id, account_id);

create sequence live_answer_seq start with 1 increment by 50;
create table live_answer (
    id             bigint       not null primary key,
    session_id     bigint       not null references live_session (id),
    player_id      bigint       not null references live_player (id),
    question_id    varchar(100) not null,
    answer_json    varchar      not null,
    answered_at    timestamp with time zone not null,
    elapsed_ms     bigint       not null,
    correct        boolean      not null,
    points         integer      not null,
    -- one answer per player and question: a resent answer changes nothing
    constraint live_answer_once unique (player_id, question_id)
);
create index live_answer_session_question on live_answer (session_id, question_id);

-- Attempts stored from a live session are marked with it ("live" in results and exports).
alter table attempt add column live_session_id bigint references live_session (id);
