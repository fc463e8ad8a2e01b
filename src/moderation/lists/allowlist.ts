// The bundled allowlist: words and phrases that contain or equal a listed term but are innocent.
// Written for copydesk (MIT); the Scunthorpe family after the BLNS "Scunthorpe Problem" section
// (minimaxir/big-list-of-naughty-strings, MIT) and the news names measured in the research notes.
import { pure } from '../../_internal/pure.js'

/**
 * The Scunthorpe family and news names that the default English list would otherwise flag. An
 * allowlist phrase suppresses every term match that lies inside one of its whole-word occurrences
 * (after the same normalization as the text), and the suppression is reported, so a moderator can
 * see why "magna cum laude" passed.
 *
 * Most Scunthorpe words (Scunthorpe, Penistone, Cockburn, Essex, Sussex, Fukushima, Cummings,
 * Hancock, cockpit, cocktail, cumin, assassin, therapist) are already safe through Unicode word
 * boundaries; they are listed anyway so custom lists with `boundary: 'none'` terms stay safe.
 *
 * @example
 * ```ts
 * scunthorpeAllowlist.includes('magna cum laude') // true
 * createTermList([{ term: 'cum', category: 'sexual', severity: 2, action: 'hold' }]).match('She graduated magna cum laude')
 * // []
 * ```
 */
export const scunthorpeAllowlist: readonly string[] = /*@__PURE__*/ pure(() =>
  Object.freeze(
    [
      // Places
      "Scunthorpe|Penistone|Cockburn|Cockburnspath|Cockermouth|Essex|Sussex|Middlesex|Wessex|Lightwater|Clitheroe|Shitterton|Twatt|Fugging|Cumbria|Cumbernauld|Cummington|Assen|Assam|Bastardo|Arsenal|Penistone Road|Dyke Road|Offa's Dyke|Spittal|Titty Hill|Crapstone|Pusey",
      // People (news names)
      'Cummings|Dominic Cummings|Hancock|Matt Hancock|Herbie Hancock|Hitchcock|Shittu|Dick Cheney|Dick Van Dyke|Dick Francis|Dick Turpin|Dick Whittington|Dick Tracy|Moby Dick|Philip K. Dick|Tricky Dicky|Dick Advocaat|Dik-dik|Assad|al-Assad|Bashar al-Assad|Hafez al-Assad|Assange|Julian Assange|Hassan|Cockburn|Alexander Cockburn|Claud Cockburn|Cock Robin|Peacock|Babcock|Glasscock|Cumberbatch|Benedict Cumberbatch|Fanny Adams|Willy Brandt|Jap Stam|Pussy Riot|Wankel|Twatt|Shiite|Shiites|Shia|Spicer|Sean Spicer|Kike Sánchez|Chris Coons|Maine Coon',
      // Words
      "cockpit|cockpits|cocktail|cocktails|cockerel|cockroach|cockroaches|cockney|cockatoo|cockle|cockles|cock-up|cock up|cock-a-doodle-doo|cocked hat|half-cocked|weathercock|peacock|woodcock|shuttlecock|stopcock|ballcock|hitchcock|cumin|cumulative|cumulus|cucumber|document|magna cum laude|summa cum laude|cum laude|cum-ex|cum ex|cum dividend|cum grano salis|assassin|assassins|assassinate|assassinated|assassination|assess|assessment|assessments|assets|assistant|class|classic|classics|classical|bass|bass guitar|brass|grass|glass|mass|massive|passage|passion|embassy|ambassador|harass|harassment|compass|bypass|cassava|assume|assumption|therapist|therapists|analysis|analyst|shiitake|shitake|shitsuke|shittim|scrap|scrapped|scrapbook|skyscraper|hello|shell|shellfish|dickens|dickensian|spic and span|spick and span|chink in the armor|chink in the armour|chinks in the armor|chinks in the armour|chink of light|blue tit|blue tits|great tit|great tits|coal tit|coal tits|long-tailed tit|tit for tat|titmouse|titillate|titillating|title|titles|titan|titanic|titanium|pussy cat|pussycat|pussy willow|puss|fag end|fag ends|faggots and peas|bundle of faggots|dyke repair|dam and dyke|retardant|fire retardant|flame retardant|retardation|spastic colon|sextant|sextet|sexton|Middlesex|Essex|Sussex|Wessex|Matsushita|Kuntz|Weiner|Lipshitz|Libshitz|Butts|Buttram|Dicks Sporting Goods|Dick's Sporting Goods|shitake mushrooms|Scunthorpe United|Penistone Grammar",
    ]
      .join('|')
      .split('|'),
  ),
)
