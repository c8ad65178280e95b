-- A dossier's documents are only ever read as that dossier's, in the order
-- they were received (DossierRepository, the orphan guard of migration 0015).
-- Yet each document row carried two index entries: its own id (the primary
-- key) and its dossier (dossier_documents_dossier_idx). An intake of eight
-- documents wrote 16 of its 25 index entries here, while the unit's other
-- counters and every other counter competed for the same two cores.
--
-- The key becomes (dossier_id, id): one entry per document, still unique,
-- and it serves "this dossier's documents, in order" by itself.
ALTER TABLE dossier_documents
    DROP CONSTRAINT dossier_documents_pkey,
    ADD CONSTRAINT dossier_documents_pkey PRIMARY KEY (dossier_id, id);
DROP INDEX dossier_documents_dossier_idx;
