/**
 * The curated seed file itself: the source documents with their full text, provenance that quotes its document
 * verbatim, and coreference merged into one node per entity. Loading it is test/db/seed-load.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { SEED_DIR } from '../../server/ingest/seed.js';
import { nodeById as byId, seed } from '../helpers/seed-graph.js';

describe('seed dataset', () => {
  it('holds the four source documents with their full text', () => {
    const documents = seed.nodes.filter((node) => node.type === 'Document');
    assert.equal(documents.length, 4);
    for (const document of documents) {
      const text = readFileSync(path.join(SEED_DIR, '..', 'documents', String(document.file)), 'utf8');
      assert.equal(document.text, text, `${document.id} text differs from seed/documents/${document.file}`);
    }
  });

  it('every evidence span is a verbatim quote of its document', () => {
    const items = [...seed.nodes, ...seed.relationships];
    for (const item of items) {
      for (const mention of item.mentions ?? []) {
        const text = byId.get(mention.document)?.text ?? '';
        assert.ok(text.includes(mention.evidence), `"${mention.evidence}" not found in ${mention.document}`);
      }
    }
  });

  it('gives provenance to every entity and every relationship except locations', () => {
    for (const node of seed.nodes) {
      if (node.type !== 'Document') assert.ok((node.mentions ?? []).length > 0, `${node.id} has no mention`);
    }
    for (const relationship of seed.relationships) {
      assert.ok((relationship.mentions ?? []).length > 0, `${relationship.source} -${relationship.type}-> ${relationship.target} has no mention`);
    }
  });

  describe('coreference: one node per real-world entity', () => {
    /** Entities (not documents or events, whose titles quote names) with a name or alias matching. */
    const find = (pattern: RegExp, type = 'Institution') =>
      seed.nodes.filter(
        (node) => node.type === type && [node.name ?? '', ...(node.aliases ?? [])].some((name) => pattern.test(name)),
      );

    it('Gusekov, Gushakov and Gusakov are one person', () => {
      const people = find(/^Gus[a-z]*kov$/, 'Person');
      assert.equal(people.length, 1);
      const names = [people[0]!.name, ...(people[0]!.aliases ?? [])];
      for (const spelling of ['Gusekov', 'Gushakov', 'Gusakov']) assert.ok(names.includes(spelling), spelling);
    });

    it('Dudik and Dudiak Alexander Mikhailovich are one person', () => {
      assert.equal(find(/Dudi/, 'Person').length, 1);
    });

    it('the vocational college named two ways is one institution', () => {
      const colleges = find(/Shandong (Vocational College of Technology|Polytechnic Vocational College)/);
      assert.equal(colleges.length, 1);
    });

    it('"the school (academy)" of doc-000 is Qilu University of Technology of doc-003', () => {
      const qilu = find(/^Qilu University of Technology/).filter((node) => node.kind === 'university');
      assert.equal(qilu.length, 1);
      const documents = new Set((qilu[0]!.mentions ?? []).map((mention) => mention.document));
      assert.ok(documents.has('doc-000') && documents.has('doc-003'));
    });

    it('the faculty of doc-002 is part of Ocean University of China', () => {
      const faculty = find(/Faculty of Information Science and Engineering/)[0]!;
      const university = find(/^Ocean University of China$/)[0]!;
      assert.ok(
        seed.relationships.some((r) => r.type === 'PART_OF' && r.source === faculty.id && r.target === university.id),
      );
    });
  });
});
