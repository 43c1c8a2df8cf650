DROP TABLE "dft_drafts";
