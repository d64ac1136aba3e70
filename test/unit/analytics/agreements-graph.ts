/**
 * A hand-made graph with agreements, shared by the weak-spots, field × country and country-network tests.
 *
 * Institutions: a and b in China, f1 and f2 in France, d1 in Germany. Agreements:
 *   ag1  a + f1           ocean          2020
 *   ag2  b + f2           ocean, ai      2018, status ended
 *   ag3  a, WITH Thailand ai             2021
 *   ag4  a + d1           (no field)     2015–2019
 *   ag5  a + b            ocean          no date (domestic)
 * and b states a cooperation with Germany that no agreement backs. a's own field is energy.
 * The COOPERATES_WITH edges are those the loader derives from this.
 */
import { agreement, data, edge, institution } from './graphs.js';

export const agreementsGraph = data({
  fields: ['ocean', 'ai', 'energy'],
  institutions: [
    institution('a', { country: 'CN', fields: ['energy'] }),
    institution('b', { country: 'CN' }),
    institution('f1', { country: 'FR' }),
    institution('f2', { country: 'FR' }),
    institution('d1', { country: 'DE' }),
  ],
  agreements: [
    agreement('ag1', { parties: ['a', 'f1'], fields: ['ocean'], startYear: 2020 }),
    agreement('ag2', { parties: ['b', 'f2'], fields: ['ocean', 'ai'], startYear: 2018, status: 'ended' }),
    agreement('ag3', { parties: ['a'], countries: ['TH'], fields: ['ai'], startYear: 2021 }),
    agreement('ag4', { parties: ['a', 'd1'], startYear: 2015, endYear: 2019 }),
    agreement('ag5', { parties: ['a', 'b'], fields: ['ocean'] }),
  ],
  edges: [
    edge('a', 'f1', { agreements: ['ag1'] }),
    edge('b', 'f2', { agreements: ['ag2'] }),
    edge('a', 'd1', { agreements: ['ag4'] }),
    edge('a', 'b', { agreements: ['ag5'] }),
    edge('a', 'FR', { agreements: ['ag1'] }),
    edge('a', 'TH', { agreements: ['ag3'] }),
    edge('a', 'DE', { agreements: ['ag4'] }),
    edge('b', 'FR', { agreements: ['ag2'] }),
    edge('f1', 'CN', { agreements: ['ag1'] }),
    edge('f2', 'CN', { agreements: ['ag2'] }),
    edge('d1', 'CN', { agreements: ['ag4'] }),
    edge('b', 'DE', { stated: true }),
  ],
});
