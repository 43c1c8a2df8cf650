CREATE TABLE "org_units" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_org_units" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ShortName" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "SuccessorId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_org_units_org_units_ParentId" FOREIGN KEY ("ParentId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_org_units_org_units_SuccessorId" FOREIGN KEY ("SuccessorId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "org_users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_org_users" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "sys_audit" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_sys_audit" PRIMARY KEY,
    "AtUtc" TEXT NOT NULL,
    "ActorUserId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "DataJson" TEXT NULL,
    "Sequence" INTEGER NULL,
    "PreviousHash" TEXT NULL,
    "Hash" TEXT NULL,
    "SealedAtUtc" TEXT NULL
);


CREATE TABLE "org_unit_closure" (
    "AncestorId" TEXT NOT NULL,
    "DescendantId" TEXT NOT NULL,
    "Depth" INTEGER NOT NULL,
    CONSTRAINT "PK_org_unit_closure" PRIMARY KEY ("AncestorId", "DescendantId"),
    CONSTRAINT "FK_org_unit_closure_org_units_AncestorId" FOREIGN KEY ("AncestorId") REFERENCES "org_units" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_org_unit_closure_org_units_DescendantId" FOREIGN KEY ("DescendantId") REFERENCES "org_units" ("Id") ON DELETE CASCADE
);


CREATE TABLE "org_unit_successions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_org_unit_successions" PRIMARY KEY,
    "PredecessorId" TEXT NOT NULL,
    "SuccessorId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "EffectiveOn" TEXT NOT NULL,
    "LegalBasis" TEXT NULL,
    "RecordedByUserId" TEXT NULL,
    "RecordedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_org_unit_successions_org_units_PredecessorId" FOREIGN KEY ("PredecessorId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_org_unit_successions_org_units_SuccessorId" FOREIGN KEY ("SuccessorId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "org_delegations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_org_delegations" PRIMARY KEY,
    "GrantorUserId" TEXT NOT NULL,
    "GranteeUserId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Scope" INTEGER NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DocumentReference" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "RevokedAtUtc" TEXT NULL,
    CONSTRAINT "FK_org_delegations_org_units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_org_delegations_org_users_GranteeUserId" FOREIGN KEY ("GranteeUserId") REFERENCES "org_users" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_org_delegations_org_users_GrantorUserId" FOREIGN KEY ("GrantorUserId") REFERENCES "org_users" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "org_positions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_org_positions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Roles" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    CONSTRAINT "FK_org_positions_org_units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_org_positions_org_users_UserId" FOREIGN KEY ("UserId") REFERENCES "org_users" ("Id") ON DELETE CASCADE
);


CREATE TABLE "org_user_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_org_user_claims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_org_user_claims_org_users_UserId" FOREIGN KEY ("UserId") REFERENCES "org_users" ("Id") ON DELETE CASCADE
);


CREATE TABLE "org_user_logins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_org_user_logins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_org_user_logins_org_users_UserId" FOREIGN KEY ("UserId") REFERENCES "org_users" ("Id") ON DELETE CASCADE
);


CREATE TABLE "org_user_tokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_org_user_tokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_org_user_tokens_org_users_UserId" FOREIGN KEY ("UserId") REFERENCES "org_users" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_org_delegations_GranteeUserId" ON "org_delegations" ("GranteeUserId");


CREATE INDEX "IX_org_delegations_GrantorUserId" ON "org_delegations" ("GrantorUserId");


CREATE INDEX "IX_org_delegations_UnitId" ON "org_delegations" ("UnitId");


CREATE INDEX "IX_org_positions_UnitId" ON "org_positions" ("UnitId");


CREATE INDEX "IX_org_positions_UserId" ON "org_positions" ("UserId");


CREATE INDEX "IX_org_unit_closure_DescendantId_AncestorId" ON "org_unit_closure" ("DescendantId", "AncestorId");


CREATE INDEX "IX_org_unit_successions_PredecessorId" ON "org_unit_successions" ("PredecessorId");


CREATE INDEX "IX_org_unit_successions_SuccessorId" ON "org_unit_successions" ("SuccessorId");


CREATE INDEX "IX_org_units_ParentId" ON "org_units" ("ParentId");


CREATE INDEX "IX_org_units_SuccessorId" ON "org_units" ("SuccessorId");


CREATE INDEX "IX_org_user_claims_UserId" ON "org_user_claims" ("UserId");


CREATE INDEX "IX_org_user_logins_UserId" ON "org_user_logins" ("UserId");


CREATE INDEX "EmailIndex" ON "org_users" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "org_users" ("NormalizedUserName");


CREATE INDEX "IX_sys_audit_EntityType_EntityId" ON "sys_audit" ("EntityType", "EntityId");


CREATE UNIQUE INDEX "IX_sys_audit_Sequence" ON "sys_audit" ("Sequence");
