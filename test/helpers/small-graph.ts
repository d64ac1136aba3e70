/**
 * A small hand-made cooperation graph for the cooperation-semantics tests
 * =======================================================================
 *
 * Written as loader input (core/dataset.ts), so the db tests load it through the real loader and derivation.
 *
 *   uni (CN university)  <-PART_OF- fac (CN faculty) <-PART_OF- lab (CN lab)
 *   hub-ag   (hub)    fac lead; a (GB) and t (US) partners          -> fac-a, fac-t; never a-t
 *   joint-ag (joint)  uni lead; h (GB) partner                      -> uni-h
 *   lab-ag   (joint)  lab lead; f0 (FR) partner                     -> lab-f0 (a unit two levels down)
 *   big-ag   (joint)  m01 lead, m02..m12 (FR) and uni partners: 13 parties, above the pair limit of 10
 *                                                                   -> m01 with each of the 12 others only
 *   test-ag  (test-centre) uni host, WITH_COUNTRY AT                -> nothing (not cooperation)
 *   state-ag (mou)     no party, WITH_COUNTRY CN and RU             -> nothing derived; a country-level agreement
 *   al (CN alliance), stated COOPERATES_WITH RU; uni and o (CN university) are MEMBER_OF it.
 */
import type { Dataset, InputNode, InputRelationship } from '../../core/dataset.js';

const origin = { file: 'small-graph.ts', record: 'inline' };

const node = (id: string, type: string, properties: Record<string, unknown>): InputNode => ({
  id,
  type,
  properties,
  mentions: [],
  origin,
});
const rel = (
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): InputRelationship => ({
  type,
  source,
  target,
  properties,
  mentions: [],
  origin,
});

export const MEMBERS = Array.from({ length: 12 }, (_, index) => `m${String(index + 1).padStart(2, '0')}`);

export function smallGraph(): Dataset {
  const countries = ['CN', 'GB', 'US', 'FR', 'RU', 'AT'].map((code) =>
    node(`country-${code.toLowerCase()}`, 'Country', { code }),
  );
  const institution = (id: string, kind: string, country: string, name = id.toUpperCase()) => [
    node(id, 'Institution', { name, kind }),
    rel('LOCATED_IN', id, `country-${country.toLowerCase()}`),
  ];
  const parts = [
    ...institution('uni', 'university', 'CN', 'Uni'),
    ...institution('fac', 'faculty', 'CN', 'Faculty of Things'),
    ...institution('lab', 'lab', 'CN', 'Lab of Things'),
    ...institution('a', 'university', 'GB'),
    ...institution('t', 'university', 'US'),
    ...institution('h', 'university', 'GB'),
    ...institution('f0', 'university', 'FR'),
    ...institution('o', 'university', 'CN'),
    ...institution('al', 'alliance', 'CN', 'Sino-Russian Alliance'),
    ...MEMBERS.flatMap((id) => institution(id, 'research-institute', 'FR')),
  ];
  const agreement = (id: string, kind: string, topology?: string) =>
    node(id, 'Agreement', { name: id, kind, ...(topology ? { topology } : {}) });
  const nodes = [
    ...countries,
    ...parts.filter((item): item is InputNode => 'id' in item),
    agreement('hub-ag', 'research-project', 'hub'),
    agreement('joint-ag', 'joint-lab', 'joint'),
    agreement('lab-ag', 'joint-lab'),
    agreement('big-ag', 'research-project', 'joint'),
    agreement('test-ag', 'test-centre'),
    agreement('state-ag', 'mou'),
  ];
  const relationships = [
    ...parts.filter((item): item is InputRelationship => !('id' in item)),
    rel('PART_OF', 'fac', 'uni'),
    rel('PART_OF', 'lab', 'fac'),
    rel('PARTY_TO', 'fac', 'hub-ag', { role: 'lead' }),
    rel('PARTY_TO', 'a', 'hub-ag', { role: 'partner' }),
    rel('PARTY_TO', 't', 'hub-ag', { role: 'partner' }),
    rel('PARTY_TO', 'uni', 'joint-ag', { role: 'lead' }),
    rel('PARTY_TO', 'h', 'joint-ag', { role: 'partner' }),
    rel('PARTY_TO', 'lab', 'lab-ag', { role: 'lead' }),
    rel('PARTY_TO', 'f0', 'lab-ag', { role: 'partner' }),
    ...MEMBERS.map((id, index) => rel('PARTY_TO', id, 'big-ag', { role: index === 0 ? 'lead' : 'partner' })),
    rel('PARTY_TO', 'uni', 'big-ag', { role: 'partner' }),
    rel('PARTY_TO', 'uni', 'test-ag', { role: 'host' }),
    rel('WITH_COUNTRY', 'test-ag', 'country-at'),
    rel('WITH_COUNTRY', 'state-ag', 'country-cn'),
    rel('WITH_COUNTRY', 'state-ag', 'country-ru'),
    rel('COOPERATES_WITH', 'al', 'country-ru'),
    rel('MEMBER_OF', 'uni', 'al', { role: 'member' }),
    rel('MEMBER_OF', 'o', 'al', { role: 'member' }),
  ];
  return { nodes, relationships };
}
