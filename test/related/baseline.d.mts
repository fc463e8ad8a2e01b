/** A brute-force TF-IDF related-post index (the peer copydesk/related is measured against). */
export interface BruteForceTfIdf {
  size: number
  related(id: string, k?: number): { id: string; score: number }[]
}
export declare function bruteForceTfIdf(
  docs: readonly { id: string; title?: string; text?: string }[],
  stopWords?: readonly string[],
): BruteForceTfIdf
