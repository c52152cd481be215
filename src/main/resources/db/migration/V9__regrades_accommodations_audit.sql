-- Issue 11: regrading after a key fix, accommodations (overrides), account administration, and their audit trail.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- An attempt stays pinned to the version it was started on (content_hash: its questions, order and layout);
-- graded_hash is the version whose answer key graded it, different once it has been regraded.
alter table attempt add column graded_hash varchar(64) references quiz_version (content_hash);
alter table attempt add column regraded_at timestamp with time zone;

-- One applied regrade: who regraded which quiz's attempts against which version, when.
create sequence regrade_seq start with 1 increment by 50;
create table regrade (
    id           bigint       not null primary key,
    quiz_id      varchar(100) not null,
    to_hash      varchar(64)  not null references quiz_version (content_hash),
    performed_by bigint       not null references account (id),
    performed_at timestamp with time zone not null,
    attempts     integer      not null
);
create index regrade_quiz on regrade (quiz_id, performed_at);

-- Every question score a regrade changed, old and new, so the history can be read and undone by hand.
create sequence regrade_change_seq start with 1 increment by 50;
create table regrade_change (
    id          bigint        not null primary key,
    regrade_id  bigint        not null references regrade (id),
    attempt_id  bigint        not null references attempt (id),
    question_id varchar(100)  not null,
    old_score   numeric(10, 4),
    new_score   numeric(10, 4),
    old_total   numeric(10, 3),
    new_total   numeric(10, 3)
);
create index regrade_change_attempt on regrade_change (attempt_id);

-- Accommodations and overrides: for one student or one group, for one quiz or (quiz_id null) every quiz.
-- Null fields change nothing; the server applies them when an attempt starts (deadline, attempts, window).
create sequence accommodation_seq start with 1 increment by 50;
create table accommodation (
    id              bigint       not null primary key,
    account_id      bigint       references account (id),
    group_name      varchar(100),
    quiz_id         varchar(100),
    time_multiplier numeric(5, 2),
    extra_minutes   integer,
    extra_attempts  integer,
    available_from  timestamp with time zone,
    available_until timestamp with time zone,
    reason          varchar(500) not null,
    created_by      bigint       not null references account (id),
    created_at      timestamp with time zone not null,
    constraint accommodation_for_whom check ((account_id is null) <> (group_name is null))
);
create index accommodation_account on accommodation (account_id);
create index accommodation_group on accommodation (group_name);

-- Who did what to whom: accommodations, reopened attempts, account edits, deletions, admin grants, regrades.
create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id         bigint       not null primary key,
    at         timestamp with time zone not null,
    actor_id   bigint       references account (id),
    action     varchar(40)  not null,
    account_id bigint       references account (id),
    attempt_id bigint       references attempt (id),
    detail     varchar(1000) not null
);
create index audit_entry_account on audit_entry (account_id, at);

-- Instructors with the admin flag may disable, reset or delete other instructors and grant the flag.
alter table account add column admin boolean not null default false;
-- A deleted student's account is anonymised, not removed: attempts stay for the statistics.
alter table account add column deleted_at timestamp with time zone;
-- The earliest instructor holds the flag, so someone can always grant it.
update account set admin = true
 where id = (select min(id) from account where role = 'INSTRUCTOR');
