// copydesk's default English term list, written for copydesk (MIT). Deliberately concise: the
// words that matter in a news site's comment thread, each with a category, a severity and an
// action, inflections listed or covered by a `'start'` boundary. Entries that collide with names
// or everyday words are spared by the allowlist (allowlist.ts) or by `spareProperNouns`.
import { pure } from '../../_internal/pure.js'
import type { TermAction, TermBoundary, TermCategory, TermEntry, TermSeverity } from '../types.js'

function group(
  terms: string,
  category: TermCategory,
  severity: TermSeverity,
  action: TermAction,
  boundary: TermBoundary = 'word',
  spareProperNouns = false,
): TermEntry[] {
  return terms.split('|').map((term) => {
    const entry: TermEntry = { term, category, severity, action, locale: 'en' }
    if (boundary !== 'word') entry.boundary = boundary
    if (spareProperNouns) entry.spareProperNouns = true
    return entry
  })
}

/**
 * The default English list: about 200 entries in six categories.
 *
 * - `profanity`: the strongest words (fuck, cunt, motherfucker…) reject; shit, bitch, asshole,
 *   twat, wanker… hold; mild words (ass, arse, piss, bollocks, bugger, wtf) only flag.
 * - `slur`: racial, ethnic, homophobic and ableist slurs reject (severity 3), or hold where the
 *   word has innocent uses the allowlist cannot fully cover (fag, dyke, coon, retard).
 * - `sexual`: explicit terms hold; mild ones flag.
 * - `threat`: "kill yourself", "I will kill you", "I know where you live"… reject.
 * - `insult` (a custom category): idiot, moron, imbecile, scumbag… flag.
 * - `spam`: phrases of comment spam (crypto giveaways, pills, casinos, loans, "check my profile")
 *   flag with severity 2–3, so two of them, or one with a link, hold a comment.
 *
 * Pass it to {@link createTermList} with your own entries to extend it; the default policy uses
 * it through {@link defaultTermList}.
 *
 * @example
 * ```ts
 * englishTerms.find((e) => e.term === 'fuck')
 * // { term: 'fuck', category: 'profanity', severity: 3, action: 'reject', locale: 'en', boundary: 'start' }
 * const mine = createTermList([...englishTerms, { term: 'clickbait', category: 'spam', severity: 1, action: 'flag' }])
 * ```
 */
export const englishTerms: readonly TermEntry[] = /*@__PURE__*/ pure(() =>
  Object.freeze([
    // Profanity
    ...group('fuck|motherfuck|cunt|fck', 'profanity', 3, 'reject', 'start'),
    ...group(
      'fucking|fucker|fuckers|fucked|fuckin|motherfucker|motherfucking|fuk|fuks|fukin|fukking|fucc|phuck|phuk|fcuk|fukk|effing',
      'profanity',
      3,
      'reject',
    ),
    ...group(
      'shit|bitch|asshole|arsehole|twat|wank|dickhead|bullshit|horseshit|dipshit|batshit|apeshit|douche|jackass|dumbass|smartass|cocksucker',
      'profanity',
      2,
      'hold',
      'start',
    ),
    ...group(
      'wanker|wankers|bastard|bastards|prick|pricks|stfu|gtfo|son of a bitch|piece of shit|screw you|goddamn|goddamned',
      'profanity',
      2,
      'hold',
    ),
    ...group('ass|arse|piss|pissed|pissing|pisses|bollocks|bugger|wtf|crap|damn', 'profanity', 1, 'flag'),
    // Slurs
    ...group(
      'nigger|nigga|faggot|kike|wetback|raghead|towelhead|sandnigger|kaffir|golliwog|shemale',
      'slur',
      3,
      'reject',
      'start',
    ),
    ...group(
      'gook|gooks|chink|chinks|spic|spics|beaner|beaners|wop|wops|dago|dagos|pikey|pikeys|paki|pakis|tranny|trannies|jap|japs',
      'slur',
      3,
      'reject',
      'word',
      true,
    ),
    ...group('fag|fags|dyke|dykes|coon|coons|retard|retards|retarded|spastic|spaz', 'slur', 2, 'hold', 'word', true),
    // Sexual
    ...group(
      'cock|cocks|dick|dicks|pussy|pussies|cum|cumming|cumshot|jizz|blowjob|blowjobs|blow job|handjob|titties|tittys|dildo|dildos|clit|slut|sluts|slutty|whore|whores|send nudes|milf|camgirl|camgirls',
      'sexual',
      2,
      'hold',
      'word',
      true,
    ),
    ...group('porn|porno|tits|boobs|nudes|horny|onlyfans', 'sexual', 1, 'flag'),
    // Threats
    ...group(
      "kill yourself|kill urself|kys|go kill yourself|i will kill you|i'll kill you|ill kill you|i am going to kill you|i'm going to kill you|im going to kill you|i will find you|i know where you live|we know where you live|you should die|you deserve to die|hope you die|i hope you die|go die|i will shoot you|i'll shoot you|shoot you in the|slit your throat|rape you|i will hurt you",
      'threat',
      3,
      'reject',
    ),
    // Insults
    ...group(
      'idiot|idiots|moron|morons|imbecile|imbeciles|scumbag|scumbags|dimwit|cretin|cretins|libtard|libtards|trumptard',
      'insult',
      1,
      'flag',
    ),
    // Spam
    ...group(
      'viagra|cialis|levitra|cheap pills|online pharmacy|no prescription|weight loss pills|diet pills|online casino|casino bonus|free spins|slot machines online|sports betting tips|crypto giveaway|bitcoin giveaway|double your bitcoin|double your money|guaranteed profit|guaranteed returns|investment platform|forex signals|binary options|trading signals|crypto signals|work from home|earn money online|make money online|make money fast|earn $|per week from home|click here|click the link|visit my profile|check my profile|check my bio|link in bio|link in my bio|dm me|message me on whatsapp|whatsapp me|contact me on telegram|buy followers|cheap followers|seo services|backlinks|payday loan|payday loans|instant loan|loan offer|hot singles|sexy singles|escort service|escorts|replica watches|essay writing service|cheap essays|limited offer|act now|100% free|risk free|free gift card|gift card giveaway|claim your prize|you have won|congratulations you won|unsubscribe here|sugar daddy|recover your funds|recover lost crypto|lost crypto funds|funds recovery|recovery expert|email and password|free iphone|free movies|no registration|check out my website|check out my blog|visit my website|visit my blog',
      'spam',
      3,
      'flag',
    ),
    ...group(
      'casino|crypto|bitcoin|forex|betting|giveaway|telegram|whatsapp|promo code|discount code|subscribe to my channel',
      'spam',
      1,
      'flag',
    ),
  ]),
)
