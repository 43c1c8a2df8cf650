ALTER TABLE "doc_documents" ADD "FocalUnitId" TEXT NULL;
