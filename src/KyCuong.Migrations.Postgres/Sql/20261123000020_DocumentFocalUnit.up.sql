ALTER TABLE "doc_documents" ADD "FocalUnitId" uuid NULL;
