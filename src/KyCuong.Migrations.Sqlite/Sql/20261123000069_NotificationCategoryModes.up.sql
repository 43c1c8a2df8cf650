ALTER TABLE "ntf_preferences" ADD "CategoryModes" TEXT NULL;
