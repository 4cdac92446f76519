-- Issue #13: the completion rule asks for every lesson read and every post-test item answered (and an optional
-- post-test minimum); CE hours are self-paced time plus live sessions, and a certificate states both parts.
-- Versions loaded before this migration get the new rule too: a certificate earned without reading a lesson or
-- answering the final check was the bug, not a course design to keep.
ALTER TABLE course_version
    ADD COLUMN every_lesson_read        BOOLEAN       NOT NULL DEFAULT TRUE,
    ADD COLUMN every_post_item_answered BOOLEAN       NOT NULL DEFAULT TRUE,
    ADD COLUMN post_test_min_percent    INT           NOT NULL DEFAULT 0,
    ADD COLUMN live_hours               DECIMAL(6, 2) NOT NULL DEFAULT 0;

-- Live-session hours awarded on the certificate (attendance is not recorded yet, so 0); self-paced = ce_hours - live_hours.
ALTER TABLE certificate
    ADD COLUMN live_hours DECIMAL(6, 2) NOT NULL DEFAULT 0;
