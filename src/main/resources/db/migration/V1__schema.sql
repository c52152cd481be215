-- Portable SQL: runs on PostgreSQL (production, tests) and H2 in PostgreSQL mode (quick start).
-- Unbounded text uses plain VARCHAR, which both databases accept.

create sequence account_seq start with 1 increment by 50;
create table account (
    id             bigint       not null primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(100) not null,
    role           varchar(16)  not null,
    display_name   varchar(200) not null,
    student_number varchar(64),
    group_name     varchar(100),
    email          varchar(254),
    enabled        boolean      not null,
    failed_logins  integer      not null default 0,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null
);

-- Every version of every quiz file ever loaded, so attempts grade against the version they started on.
create table quiz_version (
    content_hash    varchar(64)  not null primary key,
    quiz_id         varchar(100) not null,
    source_path     varchar(500) not null,
    source_text     varchar      not null,
    first_loaded_at timestamp with time zone not null
);
create index quiz_version_quiz_id on quiz_version (quiz_id);

create sequence attempt_seq start with 1 increment by 50;
create table attempt (
    id             bigint       not null primary key,
    account_id     bigint       not null references account (id),
    quiz_id        varchar(100) not null,
    content_hash   varchar(64)  not null references quiz_version (content_hash),
    seed           bigint       not null,
    status         varchar(16)  not null,
    started_at     timestamp with time zone not null,
    deadline       timestamp with time zone,
    submitted_at   timestamp with time zone,
    auto_submitted boolean      not null default false,
    score_points   numeric(10, 3),
    max_points     numeric(10, 3) not null,
    score_percent  numeric(6, 2),
    passed         boolean
);
create index attempt_account_quiz on attempt (account_id, quiz_id);
create index attempt_quiz_submitted on attempt (quiz_id, submitted_at);
create index attempt_status_deadline on attempt (status, deadline);

create sequence question_response_seq start with 1 increment by 50;
create table question_response (
    id          bigint       not null primary key,
    attempt_id  bigint       not null references attempt (id),
    question_id varchar(100) not null,
    answer_json varchar      not null,
    saved_at    timestamp with time zone not null,
    score       numeric(10, 4),
    max_score   numeric(10, 4) not null,
    correct     boolean,
    constraint question_response_attempt_question unique (attempt_id, question_id)
);
