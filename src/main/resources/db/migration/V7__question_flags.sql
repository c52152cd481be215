-- "Flag for review" marks a student sets on questions of an attempt in progress (issue 12). A flag is not an
-- answer: it may sit on an unanswered question, so it is kept beside question_response, one row per flag.
create table question_flag (
    attempt_id  bigint       not null references attempt (id) on delete cascade,
    question_id varchar(100) not null,
    flagged_at  timestamp with time zone not null,
    primary key (attempt_id, question_id)
);
