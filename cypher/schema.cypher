// coopgraph schema: constraints and indexes, applied idempotently at every start (IF NOT EXISTS).
// The data model is documented in docs/data-model.md.

// Every node has a unique, stable id (a slug), per label.
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT field_id IF NOT EXISTS FOR (n:Field) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// Every entity also carries the :Entity label, so lookups by id need no label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Filters used by the API and the explorer.
CREATE INDEX institution_kind IF NOT EXISTS FOR (n:Institution) ON (n.kind);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX agreement_start_year IF NOT EXISTS FOR (n:Agreement) ON (n.startYear);
CREATE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate);

// The stored cooperation degree (cypher/queries/degree/store-partners.cypher): GET /api/network's top-k reads
// nodes in this order.
CREATE INDEX institution_partners IF NOT EXISTS FOR (n:Institution) ON (n.partners);
CREATE INDEX country_partners IF NOT EXISTS FOR (n:Country) ON (n.partners);

// Relationship ids, for the write API.
CREATE INDEX cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);

// Full-text search over names, aliases and titles (GET /api/search).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Institution|Country|Person|Agreement|Event|Field|Document) ON EACH [n.name, n.aliases, n.code, n.searchText];

// The review queue of text ingestion (server/ingest/review), apart from the graph: no :Entity label.
CREATE CONSTRAINT review_document_id IF NOT EXISTS FOR (n:ReviewDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE INDEX proposal_document IF NOT EXISTS FOR (n:Proposal) ON (n.document);
