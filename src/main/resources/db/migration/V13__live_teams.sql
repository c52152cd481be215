-- Live mode's optional team mode (docs/live.md): the host picks a number of teams (0 = none); a joining player is
-- put in the team with the fewest players. Team standings are computed from the players' answers, never stored.
alter table live_session add column teams integer not null default 0;
alter table live_player add column team integer;
