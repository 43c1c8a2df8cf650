DROP TABLE "sys_data_protection_keys";
