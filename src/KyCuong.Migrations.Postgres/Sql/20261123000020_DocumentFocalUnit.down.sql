ALTER TABLE "doc_documents" DROP COLUMN "FocalUnitId";
