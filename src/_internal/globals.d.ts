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

  // Web Crypto, text encoding (Node >= 20, browsers, edge): only what copydesk/subscription's
  // HMAC-SHA256 tokens use.

  /** An opaque Web Crypto key handle. */
  interface CryptoKey {
    readonly type: string
  }

  /** The `crypto.subtle` methods copydesk calls (HMAC-SHA256 only). */
  interface SubtleCrypto {
    importKey(
      format: 'raw',
      keyData: Uint8Array<ArrayBuffer>,
      algorithm: { name: 'HMAC'; hash: 'SHA-256' },
      extractable: boolean,
      keyUsages: ('sign' | 'verify')[],
    ): Promise<CryptoKey>
    sign(algorithm: 'HMAC', key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>
    verify(
      algorithm: 'HMAC',
      key: CryptoKey,
      signature: Uint8Array<ArrayBuffer>,
      data: Uint8Array<ArrayBuffer>,
    ): Promise<boolean>
  }

  /** The global Web Crypto object. */
  var crypto: { readonly subtle: SubtleCrypto }

  /** UTF-8 encoder. */
  class TextEncoder {
    encode(input?: string): Uint8Array<ArrayBuffer>
  }

  /** UTF-8 decoder; `fatal: true` throws on malformed input. */
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
    decode(input?: Uint8Array): string
  }
}

export {}
