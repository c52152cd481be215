-- Test data for bench/export-benchmark.sh: 1,000 students in 4 groups, :attempts submitted attempts on the first
-- stored quiz version, and :per_attempt graded responses per attempt (attempts x per_attempt response rows).
-- Run with: psql -v attempts=50000 -v per_attempt=20 -f bench/seed-responses.sql
insert into account (id, username, password_hash, role, display_name, student_number, group_name, enabled, created_at)
select 1000 + g, 'student' || g, 'x', 'STUDENT', '학생 ' || g, '2025' || lpad(g::text, 4, '0'), 'A' || (g % 4), true, now()
from generate_series(1, 1000) g;

insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at, submitted_at, auto_submitted,
                     score_points, max_points, score_percent, passed)
select g, 1000 + (g % 1000) + 1, v.quiz_id, v.content_hash, g, 'SUBMITTED', now() - interval '1 hour', now(), false,
       g % 21, 20, (g % 21) * 5, (g % 21) >= 12
from generate_series(1, :attempts) g, (select quiz_id, content_hash from quiz_version limit 1) v;

-- Answers mix choice ids and text that needs quoting or neutralising (commas, quotes, a leading '=').
insert into question_response (id, attempt_id, question_id, answer_json, saved_at, score, max_score, correct)
select (a - 1) * :per_attempt + q, a, 'q' || q,
       case when q % 5 = 0 then '["=SUM(A1), \"인용\""]' else '["' || chr(97 + (a + q) % 4) || '"]' end,
       now(), (a + q) % 2, 1, (a + q) % 2 = 1
from generate_series(1, :attempts) a, generate_series(1, :per_attempt) q;

analyze;
