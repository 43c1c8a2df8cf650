DROP TABLE "os_apology_letters";
DROP TABLE "os_dossier_steps";
DROP TABLE "os_dossiers";
