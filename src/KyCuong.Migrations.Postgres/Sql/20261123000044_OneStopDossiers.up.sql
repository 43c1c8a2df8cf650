CREATE TABLE os_dossiers (
    "Id" uuid NOT NULL,
    "Code" character varying(100) NOT NULL,
    "ProcedureCode" character varying(50) NOT NULL,
    "ProcedureName" character varying(500) NOT NULL,
    "TimeLimitWorkingDays" integer NOT NULL,
    "ReceivedAtUtc" timestamp with time zone NOT NULL,
    "ReceivedOn" date NOT NULL,
    "DueDate" date NOT NULL,
    "PromisedDate" date,
    "ReceivingUnitId" uuid NOT NULL,
    "CurrentUnitId" uuid NOT NULL,
    "ApplicantName" character varying(200),
    "Source" character varying(20) NOT NULL,
    "ReturnedOn" date,
    "ReturnedAtUtc" timestamp with time zone,
    "ResultNote" character varying(2000),
    "StepCount" integer NOT NULL,
    "ApologyCount" integer NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_os_dossiers" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_os_dossiers_Code" ON os_dossiers ("Code");
CREATE INDEX "IX_os_dossiers_ReceivingUnitId_ReceivedOn" ON os_dossiers ("ReceivingUnitId", "ReceivedOn");
CREATE INDEX "IX_os_dossiers_ReceivingUnitId_ReturnedOn" ON os_dossiers ("ReceivingUnitId", "ReturnedOn");
CREATE INDEX "IX_os_dossiers_ReceivingUnitId_DueDate" ON os_dossiers ("ReceivingUnitId", "DueDate");
CREATE INDEX "IX_os_dossiers_CurrentUnitId" ON os_dossiers ("CurrentUnitId");

CREATE TABLE os_dossier_steps (
    "Id" uuid NOT NULL,
    "DossierId" uuid NOT NULL,
    "Seq" integer NOT NULL,
    "UnitId" uuid NOT NULL,
    "StartedOn" date NOT NULL,
    "StartedAtUtc" timestamp with time zone NOT NULL,
    "EndedOn" date,
    "EndedAtUtc" timestamp with time zone,
    "Note" character varying(2000),
    "ByUserId" uuid,
    CONSTRAINT "PK_os_dossier_steps" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_os_dossier_steps_DossierId_Seq" ON os_dossier_steps ("DossierId", "Seq");
CREATE INDEX "IX_os_dossier_steps_UnitId" ON os_dossier_steps ("UnitId");

CREATE TABLE os_apology_letters (
    "Id" uuid NOT NULL,
    "DossierId" uuid NOT NULL,
    "Seq" integer NOT NULL,
    "IssuingUnitId" uuid NOT NULL,
    "IssuedOn" date NOT NULL,
    "Reason" character varying(2000) NOT NULL,
    "NewDueDate" date NOT NULL,
    "ByUserId" uuid,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_os_apology_letters" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_os_apology_letters_DossierId_Seq" ON os_apology_letters ("DossierId", "Seq");
CREATE INDEX "IX_os_apology_letters_IssuedOn" ON os_apology_letters ("IssuedOn");
