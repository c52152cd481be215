-- Live mode's optional streak bonus (docs/live.md): chosen by the host per session; each answer keeps the run of
-- right answers it extends and the bonus it earned (included in points).
alter table live_session add column streak_bonus boolean not null default false;
alter table live_answer add column streak integer not null default 0;
alter table live_answer add column bonus integer not null default 0;
