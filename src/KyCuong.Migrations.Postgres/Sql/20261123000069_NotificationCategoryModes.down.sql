ALTER TABLE ntf_preferences DROP COLUMN "CategoryModes";
