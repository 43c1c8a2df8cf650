ALTER TABLE cit_feedback DROP COLUMN "PublicAnswer";
ALTER TABLE cit_feedback DROP COLUMN "PublicSubject";
