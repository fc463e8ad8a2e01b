// The phrases real comment spam uses, by signal. Written for copydesk (CC0) from the families the
// moderation issue lists (self-promotion, contact invitations, money / crypto / adult / phishing
// bait), in English and the languages the bundled term lists cover. Never derived from the
// corpora copydesk is measured on (docs/moderation.md, "Spam").
//
// A phrase is written lower case, words separated by single spaces, accents optional (the
// matcher strips Latin accents from both sides). `+` at the end of a phrase halves its strength:
// a weak cue that only counts together with others. Phrases in scripts written without spaces
// (Chinese, Japanese, Thai) are matched as substrings.

/** What a phrase is evidence of: its reason code. */
export type SpamSignalKind =
  'self-promotion' | 'contact-invite' | 'money-bait' | 'crypto-bait' | 'adult-bait' | 'phishing'

export const SPAM_PHRASES: Readonly<Record<SpamSignalKind, string>> = {
  'self-promotion': [
    // English
    'check out my|check my channel|check out our|check my videos|check my video|check my page|check my profile',
    'visit my|visit our channel|come visit my|go to my channel|go check my|watch my|listen to my|support my',
    'subscribe to me|subscribe to my|subscribe to our|sub to my|sub to me|sub4sub|sub 4 sub|sub for sub',
    'subscribe for subscribe|like and subscribe|please subscribe|pls subscribe|plz subscribe|subscribe please',
    'subscribe back|i will subscribe back|subscribe and i will|follow me on|follow my|follow me+|my channel',
    'my youtube|my new video|my latest video|my new song|my new track|my music|my mixtape|my first video|my vids',
    'my cover|my blog|my instagram|my soundcloud|my twitch|my page|my profile|give me a like|like my comment',
    'like this comment|thumbs up this|thumbs up if|make me famous|help me reach|help me get|i make videos',
    'new youtuber|small youtuber|upcoming artist|aspiring rapper|check out+|check this out+',
    // German
    'abonniere meinen|abonniert meinen|abonnieren sie|schaut auf meinem|besucht meinen|besucht meine|mein kanal',
    'meinem kanal|meinen kanal|folgt mir|folge mir|schau dir meinen|schaut euch meinen|meine seite',
    // French
    'abonnez vous|abonne toi|abonnez vous a ma|ma chaine|ma chaine youtube|visitez mon|visitez ma|suivez moi',
    'regardez ma|allez voir ma|allez voir mon|mon site|ma page',
    // Spanish, Portuguese, Italian
    'suscribete|suscribanse|mi canal|sigueme|siganme|visita mi|visiten mi|mira mi|miren mi',
    'se inscreva|inscreva se|inscrevam se|meu canal|me siga|sigam me|visite meu|visitem meu',
    'iscriviti|iscrivetevi|il mio canale|seguimi|seguitemi|visita il mio',
    // Dutch, Swedish, Danish, Norwegian, Finnish
    'abonneer op mijn|abonneer je|mijn kanaal|volg mij|volg me+|bezoek mijn|prenumerera pa|min kanal',
    'folj mig|abonner pa min|abonner pa kanalen|folg mig|folg meg|tilaa kanavani|kanavani',
    // Polish, Czech, Hungarian, Turkish, Filipino
    'subskrybuj|subskrybujcie|moj kanal|obserwuj mnie|zapraszam na moj|odebirejte|muj kanal|sledujte me',
    'iratkozz fel|iratkozzatok fel|csatornam|kanalima abone|abone olun|abone ol|kanalima|beni takip et',
    'pa subscribe|pasubscribe|yung channel ko|channel ko',
    // Russian, Arabic, Persian, Hindi, Korean
    'подпишись|подпишитесь|подписывайтесь|мой канал|заходите на мой|на мой канал',
    'اشترك في قناتي|قناتي|کانال من|مرا دنبال کنید|मेरा चैनल|सब्सक्राइब करें|मेरे चैनल|구독 부탁|내 채널',
    // Chinese, Japanese, Thai (substrings)
    '订阅我的|我的频道|关注我|チャンネル登録|私のチャンネル|กดติดตาม|ติดตามช่อง',
  ].join('|'),
  'contact-invite': [
    'whatsapp me|message me on whatsapp|contact me on whatsapp|text me on whatsapp|whatsapp number|via whatsapp',
    'on whatsapp+|telegram me|message me on telegram|contact me on telegram|on telegram+|dm me|inbox me',
    'text me on|add me on snapchat|add me on kik|kik me|snap me|hit me up on|reach me on|contact me via',
    'contact me at|email me at|call me on|call or text|add me on|message me on|write me on|pm me',
    'schreib mir auf|contactez moi|escribeme al|me chame no|scrivimi su|напишите мне',
  ].join('|'),
  'money-bait': [
    'work from home|working from home+|earn money|make money online|make money from home|passive income',
    'get paid|cash app|free money|easy money|loan offer|quick loan|payday loan|gift card|free gift card',
    'free iphone|win a free|you have won|you won a|claim your prize|claim your reward|cash prize|per day from home',
    'extra income|financial freedom|be your own boss|limited offer|act now|100 free|free followers|free robux',
    'free vbucks|free v bucks|giveaway winner|geld verdienen|gagner de l argent|ganar dinero|ganhar dinheiro',
    'заработок|заработать',
  ].join('|'),
  'crypto-bait': [
    'bitcoin+|crypto+|btc+|forex+|binary options|crypto investment|investment platform|invest with|trading account',
    'account manager|mining pool|recovery expert|recover your lost|double your|doubling|airdrop|usdt|ethereum+',
    'trading platform|expert trader|profit daily|daily profit|guaranteed profit|guaranteed returns|criptomoneda',
  ].join('|'),
  'adult-bait': [
    'hot singles|sexy girls|sex chat|webcam girls|cam girls|onlyfans|nude pics|nudes|xxx|adult dating|hookup',
    'horny|naughty girls|lonely girls|meet girls|sexy photos|private photos|dating site|18 plus|escort',
  ].join('|'),
  phishing: [
    'verify your account|account suspended|account has been|click the link|click this link|click here',
    'log in to claim|confirm your password|update your payment|confirm your identity|unusual activity',
    'your password|security alert|reset your password|login here|sign in here',
  ].join('|'),
}
