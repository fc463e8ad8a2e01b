// Public types of copydesk/moderation. Plain data only: every value here survives JSON.stringify,
// so a verdict computed in a browser can be compared with the one the server computes.
import type { CommentStatus } from '../schema/types.js'

/**
 * What a listed term is about. The five built-in categories cover the bundled lists; any other
 * string is accepted for a site's own lists (`'harassment'`, `'politics'`, …).
 */
export type TermCategory = 'profanity' | 'slur' | 'sexual' | 'threat' | 'spam' | (string & {})

/** What a match of a term asks for: reject the comment, hold it for a moderator, or only add a small weight. */
export type TermAction = 'reject' | 'hold' | 'flag'

/** How bad a term is, 1 (mild) to 3 (severe). Only `flag` terms use it for their weight. */
export type TermSeverity = 1 | 2 | 3

/**
 * Which ends of a match must sit on a word boundary: `'word'` both (`ass` does not match `class`),
 * `'start'` only the start (`fuck` matches `fuckwit`), `'end'` only the end (`shit` matches
 * `bullshit`), `'none'` neither (a substring anywhere). Scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Myanmar) use `Intl.Segmenter` word boundaries instead.
 */
export type TermBoundary = 'word' | 'start' | 'end' | 'none'

/** One entry of a term list, as given to {@link createTermList}. */
export interface TermEntry {
  /** The word or phrase. Matched case-insensitively after the same normalization as the text. */
  term: string
  /** What it is about. */
  category: TermCategory
  /** How bad it is, 1–3. */
  severity: TermSeverity
  /** What a match asks for. */
  action: TermAction
  /** BCP 47 language tag of the term, for display and filtering (`'en'`, `'de'`). */
  locale?: string | undefined
  /** Which ends must be word boundaries. @defaultValue `'word'` */
  boundary?: TermBoundary | undefined
  /**
   * Skip matches that are part of a capitalized name: the matched word starts with a capital
   * letter and the word before or after it is capitalized too (`Dick Cheney`, `Moby Dick`).
   * @defaultValue `false`
   */
  spareProperNouns?: boolean | undefined
}

/**
 * How an evasion was undone to find a term: `invisible` (zero-width or other default-ignorable
 * characters), `bidi` (a right-to-left override reversed the letters on screen), `marks`
 * (combining marks, Zalgo), `width` (full-width, mathematical or other compatibility forms),
 * `confusable` (Cyrillic/Greek look-alikes, UTS #39), `leet` (`sh1t`, `@ss`), `wildcard`
 * (`f*ck`), `repeat` (`fuuuck`), `spacing` (`f u c k`, `f.u.c.k`), `markup` (`f<b>u</b>ck`).
 */
export type Evasion =
  'invisible' | 'bidi' | 'marks' | 'width' | 'confusable' | 'leet' | 'wildcard' | 'repeat' | 'spacing' | 'markup'

/** A listed term found in a text. */
export interface TermMatch {
  /** The list entry's term, as written in the list. */
  term: string
  /** The entry's category. */
  category: TermCategory
  /** The entry's severity. */
  severity: TermSeverity
  /** The entry's action. */
  action: TermAction
  /** The entry's locale, when it has one. */
  locale?: string
  /** Where the match is in the text that was searched: `[start, end)` in UTF-16 code units. */
  span: [number, number]
  /** The original text of the match, exactly as it appears at `span` (invisible characters included). */
  text: string
  /** The evasions that had to be undone to find it; empty for a plain match. */
  evasions: Evasion[]
}

/** A term match that an allowlist entry or a proper-noun rule suppressed, for "why not" traces. */
export interface SuppressedMatch {
  /** The list entry's term. */
  term: string
  /** Where it was found: `[start, end)` in the searched text. */
  span: [number, number]
  /** The allowlist entry that covers it, or `'proper noun'`. */
  allowedBy: string
}

/** The kinds of markup {@link sanitizeCommentHtml} removes and reports. */
export type FindingKind =
  | 'script'
  | 'event-handler'
  | 'javascript-url'
  | 'unsafe-url'
  | 'embed'
  | 'form'
  | 'style'
  | 'style-attribute'
  | 'meta'
  | 'foreign-content'
  | 'media'
  | 'comment'
  | 'tag'
  | 'attribute'
  | 'nesting'

/** Something the sanitizer removed. Findings are grouped by kind, tag and attribute. */
export interface Finding {
  /** What was removed. */
  kind: FindingKind
  /** The element it was on, lowercase (`'img'`), when there is one. */
  tag?: string
  /** The attribute, lowercase (`'onerror'`, `'href'`), when the finding is about one. */
  attribute?: string
  /** The first removed value (URL, handler code), cut to 80 characters. */
  sample?: string
  /** How many times it occurred. */
  count: number
  /**
   * `true` for markup that only an attack needs: scripts, event handlers, `javascript:` and
   * other executable URLs, frames and embeds, forms, `<base>`/`<meta>`, SVG/MathML, style
   * elements, and HTML comments or declarations hiding markup.
   */
  dangerous: boolean
}

/** A link found in a comment: an `<a href>` kept by the sanitizer, or a bare URL in the text. */
export interface CommentLink {
  /** The URL (for bare URLs, as written, with `http://` added when it had no scheme). */
  href: string
  /** The host, lowercase, or `''` for `mailto:` links. */
  host: string
  /** The link's visible text. */
  text: string
  /** `'anchor'` for `<a href>`, `'bare'` for a URL written in the text. */
  source: 'anchor' | 'bare'
  /** Where the link text is in the comment's plain text: `[start, end)`. */
  span: [number, number]
}

/**
 * One rule that contributed to a verdict.
 *
 * A reason produced by a listed term always carries `term` and `category`; no other reason does.
 */
export type Reason = {
  /** The rule id: `'term'`, `'links'`, `'duplicate'`, … (docs/moderation.md lists them all). */
  code: string
  /** A sentence an editor can read. */
  message: string
  /** What the rule added to the score (negative for trust signals). */
  weight: number
  /** Where in the verdict's `text` the rule found its evidence: `[start, end)` in UTF-16 code units. */
  span?: [number, number]
  /** The listed term (term reasons only). */
  term?: string
  /** The term's category (term reasons only). */
  category?: TermCategory
  /** How often the evidence occurred, when more than once. */
  count?: number
  /** The evasions undone to find a term (term reasons only, when there were any). */
  evasions?: Evasion[]
  /** The spam model's probability that the comment is spam (`spam-model` reasons only). */
  probability?: number
  /** The features that pushed the spam model, strongest first (`spam-model` reasons only). */
  features?: SpamFeature[]
}

/** What {@link moderateComment} decided. */
export type ModerationAction = 'approve' | 'hold' | 'reject'

/** The outcome of {@link moderateComment}: a decision, the score behind it, and every reason. */
export type Verdict = {
  /** `approve` below the hold threshold, `hold` from it, `reject` from the reject threshold. */
  action: ModerationAction
  /** The sum of every reason's weight, rounded to 2 decimals. */
  score: number
  /** Every rule that contributed, in a stable order (by weight, then code, then span). */
  reasons: Reason[]
  /** The sanitized HTML to store and display. */
  html: string
  /** The comment's plain text (what a reader sees); reason spans point into it. */
  text: string
  /** Identifies the policy and rule set, e.g. `'default@1.0.0+3f2a9c1e'`. */
  policyVersion: string
}

/** The role of a commenter on the site. `staff` comments bypass scoring when the policy allows it. */
export type AuthorRole = 'reader' | 'member' | 'staff'

/** What the site knows about the comment's author. All counts come from your own database. */
export interface AuthorHistory {
  /** How many of the author's comments were approved (published) before. */
  approvedCount?: number | undefined
  /** How many were rejected (spam, hidden by a moderator). */
  rejectedCount?: number | undefined
  /** When the author was first seen (account creation or first comment), ISO 8601 or a Date. */
  firstSeenAt?: string | Date | undefined
  /** The author's role. @defaultValue `'reader'` */
  role?: AuthorRole | undefined
}

/** One of the author's recent comments, for duplicate and flood checks. */
export interface HistoryComment {
  /** Its HTML (sanitized or not). */
  html: string
  /** When it was written, ISO 8601. */
  createdAt: string
  /** Its status, when known. */
  status?: CommentStatus | undefined
}

/** A recent comment on the same story by anyone, for copy-paste (coordinated spam) checks. */
export interface RecentComment {
  /** Its HTML. */
  html: string
  /** When it was written, ISO 8601. */
  createdAt: string
  /**
   * Its author's id. The author is recognised by id, else e-mail, else name: comments by the
   * author of the comment being moderated count as their history (duplicates, floods), the
   * others as the story's (copy-paste campaigns).
   */
  authorId?: string | undefined
  /** Its author's e-mail address (compared case-insensitively), when there is no id. */
  authorEmail?: string | undefined
  /** Its author's name, when there is neither id nor e-mail. */
  authorName?: string | undefined
}

/** Everything {@link moderateComment} may know beyond the comment itself. Every field is optional. */
export interface ModerationContext {
  /**
   * The moment of the decision (ISO 8601, Date or epoch ms).
   * @defaultValue the comment's `createdAt`, or `new Date()` when it has none
   */
  now?: string | number | Date | undefined
  /** The author's record. Without it, the new-commenter and author-history rules do not fire. */
  author?: AuthorHistory | undefined
  /** This author's recent comments (any story), in any order; the newest 50 are read. */
  history?: readonly HistoryComment[] | undefined
  /** Recent comments on the same story by anyone, in any order; the newest 50 are read. */
  recent?: readonly RecentComment[] | undefined
}

/** The comment given to {@link moderateComment}: a copydesk `Comment`, or anything with `html`. */
export interface ModeratedComment {
  /** The comment's HTML as submitted. */
  html: string
  /** When it was written, ISO 8601. */
  createdAt?: string | undefined
  /** Who wrote it. */
  author?:
    | {
        /** Member id, when signed in. */
        id?: string | undefined
        /** Display name. */
        name?: string | undefined
        /** Email address (never shown). */
        email?: string | undefined
        /** Commenter's website. */
        url?: string | undefined
      }
    | undefined
}

/** What a custom rule (see {@link ModerationPolicyOptions.rules}) receives. */
export interface RuleInput {
  /** The comment as given. */
  comment: ModeratedComment
  /** The context as given (or `{}`). */
  context: ModerationContext
  /** The sanitized HTML. */
  html: string
  /** The plain text; spans point into it. */
  text: string
  /** The links found. */
  links: readonly CommentLink[]
  /** The moment of the decision. */
  now: Date
}

/** A reason returned by a custom rule. `term` and `category` are reserved for listed terms and dropped. */
export type CustomReason = Omit<Reason, 'term' | 'category'>

/** A custom, pure rule: returns the reasons it found (an empty array when none). */
export type ModerationRule = (input: RuleInput) => readonly CustomReason[]

/** A feature that pushed a prediction, with its weight in log-odds and where it is in the text. */
export interface SpamFeature {
  /** What an editor reads: a word (`'channel'`), a word pair (`'check out'`) or a signal (`'a link'`, `'self-promotion'`). */
  feature: string
  /** How much it moved the log-odds towards spam (natural log, rounded to 2 decimals). */
  weight: number
  /** Where it first occurs in the text: `[start, end)` in UTF-16 code units. */
  span?: [number, number]
}
