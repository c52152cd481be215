-- When a version last became the current one of its quiz on some instance. Every instance polls this, so
-- instances that share a database serve the same, newest good version (also after a revert to an old one).
-- Only the quiz catalog announces versions; a row stored any other way is never made current (epoch).
alter table quiz_version add column made_current_at timestamp with time zone not null
    default timestamp with time zone '1970-01-01 00:00:00+00';
update quiz_version set made_current_at = first_loaded_at;
create index quiz_version_made_current_at on quiz_version (made_current_at);
