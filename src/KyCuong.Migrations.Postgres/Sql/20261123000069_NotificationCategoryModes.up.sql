ALTER TABLE ntf_preferences ADD "CategoryModes" character varying(1000) NULL;
