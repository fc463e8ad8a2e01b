import type { RelatedDoc } from '../../src/related/index.js'
export declare function rng(seed: number): () => number
export declare function word(i: number, salt?: number): string
export interface SyntheticDoc extends RelatedDoc {
  title: string
  text: string
  tags: string[]
  section: string
  authors: string[]
  publishedAt: string
}
export declare function syntheticCorpus(
  n: number,
  options?: { seed?: number; topics?: number; generalVocab?: number; topicShare?: number; duplicates?: number },
): { docs: SyntheticDoc[]; labels: Map<string, number>; copies: Map<string, string> }
export declare function syntheticDocs(
  n: number,
  options?: { seed?: number; topics?: number; generalVocab?: number; topicShare?: number },
  labels?: Int32Array,
): Generator<SyntheticDoc, void, undefined>
export declare function textOnly(docs: readonly SyntheticDoc[]): RelatedDoc[]
