-- Sessions: the session cookie carries the version it was issued with. Signing out, a password change or
-- reset and disabling the account raise the version, which ends every session issued before.
alter table account add column session_version integer not null default 0;

-- Sign-in throttling moves off the account row, where anyone could lock a known account, to counters per
-- account and client address, per client address, and per address for join-code guesses (docs/security.md).
alter table account drop column failed_logins;
alter table account drop column locked_until;

create table sign_in_throttle (
    scope           varchar(16) not null,
    username        varchar(64) not null,  -- '' for the scopes counted by address alone
    address         varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamp with time zone,
    delayed_until   timestamp with time zone,
    primary key (scope, username, address)
);
create index sign_in_throttle_username on sign_in_throttle (username);
