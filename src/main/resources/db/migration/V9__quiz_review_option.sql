-- assessment: when a module quiz shows its right answers after submit (quiz.yaml `review`), see ReviewOption.
alter table course_module add column quiz_review varchar(24) not null default 'IMMEDIATELY';
