CREATE TABLE "os_dossiers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_os_dossiers" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "ProcedureCode" TEXT NOT NULL,
    "ProcedureName" TEXT NOT NULL,
    "TimeLimitWorkingDays" INTEGER NOT NULL,
    "ReceivedAtUtc" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "PromisedDate" TEXT NULL,
    "ReceivingUnitId" TEXT NOT NULL,
    "CurrentUnitId" TEXT NOT NULL,
    "ApplicantName" TEXT NULL,
    "Source" TEXT NOT NULL,
    "ReturnedOn" TEXT NULL,
    "ReturnedAtUtc" TEXT NULL,
    "ResultNote" TEXT NULL,
    "StepCount" INTEGER NOT NULL,
    "ApologyCount" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_os_dossiers_Code" ON "os_dossiers" ("Code");
CREATE INDEX "IX_os_dossiers_ReceivingUnitId_ReceivedOn" ON "os_dossiers" ("ReceivingUnitId", "ReceivedOn");
CREATE INDEX "IX_os_dossiers_ReceivingUnitId_ReturnedOn" ON "os_dossiers" ("ReceivingUnitId", "ReturnedOn");
CREATE INDEX "IX_os_dossiers_ReceivingUnitId_DueDate" ON "os_dossiers" ("ReceivingUnitId", "DueDate");
CREATE INDEX "IX_os_dossiers_CurrentUnitId" ON "os_dossiers" ("CurrentUnitId");

CREATE TABLE "os_dossier_steps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_os_dossier_steps" PRIMARY KEY,
    "DossierId" TEXT NOT NULL,
    "Seq" INTEGER NOT NULL,
    "UnitId" TEXT NOT NULL,
    "StartedOn" TEXT NOT NULL,
    "StartedAtUtc" TEXT NOT NULL,
    "EndedOn" TEXT NULL,
    "EndedAtUtc" TEXT NULL,
    "Note" TEXT NULL,
    "ByUserId" TEXT NULL
);

CREATE UNIQUE INDEX "IX_os_dossier_steps_DossierId_Seq" ON "os_dossier_steps" ("DossierId", "Seq");
CREATE INDEX "IX_os_dossier_steps_UnitId" ON "os_dossier_steps" ("UnitId");

CREATE TABLE "os_apology_letters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_os_apology_letters" PRIMARY KEY,
    "DossierId" TEXT NOT NULL,
    "Seq" INTEGER NOT NULL,
    "IssuingUnitId" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "NewDueDate" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_os_apology_letters_DossierId_Seq" ON "os_apology_letters" ("DossierId", "Seq");
CREATE INDEX "IX_os_apology_letters_IssuedOn" ON "os_apology_letters" ("IssuedOn");
