// The few platform globals copydesk's neutral core uses. tsconfig has `lib: ["es2022"]` and
// `types: []` so that Node and DOM globals cannot leak into src/; what every target runtime
// (Node >= 20.19, browsers, edge runtimes) provides is declared here by hand, minimally.

declare global {
  /** WHATWG URL (Node, browsers, edge). Only the members copydesk reads. */
  class URL {
    constructor(url: string, base?: string | URL)
    readonly protocol: string
    readonly hostname: string
    readonly host: string
    readonly pathname: string
    readonly search: string
    readonly hash: string
    readonly href: string
    readonly username: string
    readonly password: string
    readonly port: string
    toString(): string
  }
}

export {}
