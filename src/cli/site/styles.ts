/** The demo site's stylesheet: a plain, readable news layout. */
export const STYLES = `
:root { --ink: #1a1a1a; --muted: #5f6368; --rule: #e3e3e3; --accent: #0b5cad; --bg: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
header.site { border-bottom: 3px double var(--ink); padding: 1rem 1.5rem; display: flex; justify-content: space-between; align-items: baseline; }
header.site h1 { margin: 0; font-size: 2rem; letter-spacing: .02em; }
header.site nav a { margin-left: 1rem; font: 600 .85rem system-ui, sans-serif; text-transform: uppercase; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
.front h2 { font: 700 .9rem system-ui, sans-serif; text-transform: uppercase; border-top: 2px solid var(--ink); padding-top: .5rem; }
.teasers { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 1.25rem; margin-bottom: 2rem; }
.teaser { border-top: 1px solid var(--rule); padding-top: .75rem; }
.teaser h3 { margin: .25rem 0; font-size: 1.15rem; line-height: 1.25; }
.teaser h3 a { color: var(--ink); text-decoration: none; }
.teaser p { margin: .25rem 0; color: var(--muted); font-size: .95rem; }
.meta, .kicker { font: .8rem system-ui, sans-serif; color: var(--muted); }
.kicker { text-transform: uppercase; font-weight: 600; color: var(--accent); }
.badge { font: 600 .7rem system-ui, sans-serif; background: #fff4d6; color: #7a5200; padding: .1rem .4rem; border-radius: 3px; }
article.story { max-width: 680px; margin: 0 auto; }
article.story h1 { font-size: 2.3rem; line-height: 1.15; margin: .5rem 0; }
article.story .dek { font-size: 1.25rem; color: var(--muted); margin: 0 0 1rem; }
.byline { display: flex; gap: .5rem; align-items: center; font: .9rem system-ui, sans-serif; margin-bottom: 1rem; }
.avatar { display: inline-flex; width: 2.2rem; height: 2.2rem; border-radius: 50%; color: #fff; align-items: center; justify-content: center; font: 600 .85rem system-ui, sans-serif; flex: none; }
figure { margin: 1.5rem 0; } figure img { max-width: 100%; height: auto; background: #eee; } figcaption { font: .8rem system-ui, sans-serif; color: var(--muted); }
blockquote { border-left: 3px solid var(--accent); margin: 1.5rem 0; padding-left: 1rem; font-style: italic; }
.paywall { border: 1px solid var(--rule); background: #fafafa; padding: 1rem; text-align: center; font: .95rem system-ui, sans-serif; }
.share { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1.5rem 0; font: .8rem system-ui, sans-serif; }
.share a { border: 1px solid var(--rule); padding: .2rem .6rem; border-radius: 99px; text-decoration: none; }
section.related { border-top: 2px solid var(--ink); margin-top: 2.5rem; }
.reasons { font: .75rem system-ui, sans-serif; color: var(--muted); }
.also { font: .8rem system-ui, sans-serif; margin-top: .25rem; } .also a { margin-right: .5rem; }
section.comments { max-width: 680px; margin: 2.5rem auto 0; border-top: 1px solid var(--rule); }
.comment { display: flex; gap: .75rem; margin: 1rem 0; } .comment .body { flex: 1; } .comment .body p { margin: .25rem 0; }
.replies { margin-left: 3rem; }
.placeholder { color: var(--muted); font-style: italic; }
.held { border-left: 4px solid #c77800; padding-left: .75rem; } .rejected { border-left: 4px solid #b00020; padding-left: .75rem; }
.subscribe { max-width: 680px; margin: 2.5rem auto; padding: 1.25rem; background: #f3f7fc; border-radius: 8px; font-family: system-ui, sans-serif; }
.subscribe input[type=email] { padding: .5rem; width: 60%; } .subscribe button { padding: .5rem 1rem; }
.subscribe .hp { position: absolute; left: -10000px; }
.subscribe .status { min-height: 1.5rem; margin-top: .5rem; }
table.verdicts { border-collapse: collapse; width: 100%; font: .85rem system-ui, sans-serif; }
table.verdicts td, table.verdicts th { border-bottom: 1px solid var(--rule); padding: .4rem; vertical-align: top; text-align: left; }
footer.site { border-top: 1px solid var(--rule); padding: 1rem 1.5rem; font: .8rem system-ui, sans-serif; color: var(--muted); }
`
