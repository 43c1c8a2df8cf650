-- The conversion catalogue of Nghị định 335/2025 (docs/domain.md "Evaluation"): products per job position in groups N1–N5, and the
-- product type each task counts as (keyed by the task's id, with the name, group and points copied when chosen).
CREATE TABLE eval_catalogue (
    "Id" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "JobPosition" character varying(200) NOT NULL,
    "Name" character varying(500) NOT NULL,
    "Group" integer NOT NULL,
    "Points" numeric(7,2) NOT NULL,
    "Active" boolean NOT NULL,
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_catalogue" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_eval_catalogue_UnitId_JobPosition" ON eval_catalogue ("UnitId", "JobPosition");

CREATE TABLE eval_task_products (
    "TaskId" uuid NOT NULL,
    "ProductId" uuid NOT NULL,
    "Name" character varying(500) NOT NULL,
    "Group" integer NOT NULL,
    "Points" numeric(7,2) NOT NULL,
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_task_products" PRIMARY KEY ("TaskId")
);

CREATE INDEX "IX_eval_task_products_ProductId" ON eval_task_products ("ProductId");
