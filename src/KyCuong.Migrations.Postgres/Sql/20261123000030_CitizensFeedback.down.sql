DROP TABLE cit_feedback;
