export interface NewsDoc {
  id: string
  title: string
  text: string
}
export declare function parseBags(tsv: string): { docs: NewsDoc[]; labels: Map<string, string> }
export declare function nearDuplicates(
  docs: readonly { id: string; title?: string; text?: string }[],
  threshold?: number,
): Map<string, Set<string>>
export declare function judge(
  ids: readonly string[],
  labels: ReadonlyMap<string, string>,
  dup: ReadonlyMap<string, ReadonlySet<string>>,
  rowOf: (id: string) => string[],
): { p1: number; p5: number; dupShown: number }
export declare function hubness(
  rows: Iterable<readonly string[]>,
  n: number,
): { top1Share: number; max: number; neverShown: number }
