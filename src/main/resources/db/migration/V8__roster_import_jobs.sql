-- Roster imports run in the background (issue 14): thousands of bcrypt hashes take minutes, longer than any proxy
-- waits for one request. The job's progress lives here, so the progress page works on every instance behind
-- a load balancer, and so do the one-time passwords, sealed (AES-GCM, docs/security.md) and kept only until
-- the instructor downloads them.
create sequence roster_import_seq start with 1 increment by 1;
create table roster_import (
    id          bigint      not null primary key,
    started_by  bigint      not null references account (id),
    started_at  timestamp with time zone not null,
    status      varchar(16) not null,   -- HASHING, DONE, FAILED
    total       integer     not null,
    hashed      integer     not null default 0,
    created     integer     not null default 0,
    failure     varchar,
    finished_at timestamp with time zone
);

create table roster_import_password (
    import_id       bigint       not null references roster_import (id),
    line            integer      not null,
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    group_name      varchar(100),
    password_sealed varchar(200) not null,
    primary key (import_id, line)
);
