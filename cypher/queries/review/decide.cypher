// Records decisions on proposals. Params: $rows [{ id, state, editJson, mergeInto }], $document.
UNWIND $rows AS row
MATCH (p:Proposal {id: row.id, document: $document})
SET p.state = row.state, p.editJson = row.editJson, p.mergeInto = row.mergeInto,
    p.decidedAt = CASE WHEN row.state = 'pending' THEN null ELSE toString(datetime()) END
RETURN count(p) AS decided
