DROP TABLE doc_document_tasks;
DROP TABLE doc_attachments;
DROP TABLE doc_documents;
DROP TABLE doc_counters;
