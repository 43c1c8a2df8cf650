-- Staff category and working dates of a person for evaluation (Nghị định 233/2026/NĐ-CP, docs/domain.md "Evaluation: viên chức").
CREATE TABLE "eval_staff_records" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_eval_staff_records" PRIMARY KEY,
    "Category" TEXT NOT NULL,
    "StartedOn" TEXT NULL,
    "LeftOn" TEXT NULL,
    "SetByUserId" TEXT NULL,
    "SetAtUtc" TEXT NOT NULL
);
