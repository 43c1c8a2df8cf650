-- Evidence attached to the findings of a check (docs/domain.md "Checks of official duties: plans and evidence").

CREATE TABLE "insp_evidence" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "FindingId" uuid NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    "UploadedByUserId" uuid,
    CONSTRAINT "PK_insp_evidence" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_evidence_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_insp_evidence_insp_findings_FindingId" FOREIGN KEY ("FindingId") REFERENCES "insp_findings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_evidence_InspectionId" ON "insp_evidence" ("InspectionId");
CREATE INDEX "IX_insp_evidence_FindingId" ON "insp_evidence" ("FindingId");
