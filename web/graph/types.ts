/**
 * Graph attributes
 * ================
 *
 * What the explorer keeps on graphology nodes and edges. Only data and positions: hover, selection, filters and
 * paths live in the UI state and reach the screen through sigma's reducers (STYLE.md habit 8).
 * `entityType`/`relType` are not called `type`, because sigma reads `type` as the program to draw with.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';

import type { NodeType } from '../api/types.js';

export interface NodeAttributes {
  label: string;
  entityType: NodeType;
  kind: string | null;
  country: string | null;
  partners: number;
  /** In the countries overview: the institutions located in the country. */
  institutions?: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Pinned: ForceAtlas2 leaves it where the user dropped it. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  relType: string;
  weight: number;
  kinds: string[];
  firstYear: number | null;
  stated: boolean;
  size: number;
  color: string;
  /** The sigma edge program: `line`, or `curved` for parallel edges. */
  type: 'line' | 'curved';
  curvature?: number;
}

export type CoopGraph = Graph<NodeAttributes, EdgeAttributes>;

/** The renderer of a CoopGraph. sigma's attribute types are invariant, so helpers take this, not a bare `Sigma`. */
export type CoopSigma = Sigma<NodeAttributes, EdgeAttributes>;
