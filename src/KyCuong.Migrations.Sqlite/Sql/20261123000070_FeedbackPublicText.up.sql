-- The subject and answer as the public sees them (docs/domain.md "Citizens", "No personal data in a published answer";
-- Nghị định 13/2023/NĐ-CP): checked for the sender's personal data at publication, or the office's redacted versions.
-- Answers published before this migration were published as recorded.

ALTER TABLE "cit_feedback" ADD "PublicSubject" TEXT NULL;
ALTER TABLE "cit_feedback" ADD "PublicAnswer" TEXT NULL;
UPDATE "cit_feedback" SET "PublicSubject" = "Subject", "PublicAnswer" = "Answer" WHERE "PublishedAtUtc" IS NOT NULL;
