-- Evidence attached to the findings of a check (docs/domain.md "Checks of official duties: plans and evidence").

CREATE TABLE "insp_evidence" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_evidence" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "FindingId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "UploadedByUserId" TEXT NULL,
    CONSTRAINT "FK_insp_evidence_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_insp_evidence_insp_findings_FindingId" FOREIGN KEY ("FindingId") REFERENCES "insp_findings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_evidence_InspectionId" ON "insp_evidence" ("InspectionId");
CREATE INDEX "IX_insp_evidence_FindingId" ON "insp_evidence" ("FindingId");
