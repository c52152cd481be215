-- Passwords set by an instructor (new account, roster import, reset) are one-time: the student must choose
-- their own at the next sign-in.
alter table account add column must_change_password boolean not null default false;
-- The accounts page lists students by group.
create index account_role_group on account (role, group_name);
