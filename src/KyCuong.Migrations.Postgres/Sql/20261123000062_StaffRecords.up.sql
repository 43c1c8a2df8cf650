-- Staff category and working dates of a person for evaluation (Nghị định 233/2026/NĐ-CP, docs/domain.md "Evaluation: viên chức").
CREATE TABLE eval_staff_records (
    "UserId" uuid NOT NULL,
    "Category" character varying(20) NOT NULL,
    "StartedOn" date,
    "LeftOn" date,
    "SetByUserId" uuid,
    "SetAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_staff_records" PRIMARY KEY ("UserId")
);
