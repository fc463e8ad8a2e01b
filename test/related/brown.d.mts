export declare function parseCategories(text: string): Map<string, string>
export declare function brownText(raw: string): string
export declare function precision<L>(
  ids: readonly string[],
  labels: ReadonlyMap<string, L>,
  relatedOf: (id: string) => string[],
): { p1: number; p5: number }
export declare function randomPrecision<L>(labels: ReadonlyMap<string, L>): number
