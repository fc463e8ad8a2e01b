import { describe, expect, it } from 'vitest'
import { markerIndex } from '../../src/_internal/htmlWalker.js'
import articles from '../../examples/newsroom/articles.json'

// The internal marker finder the teaser can use to tell whether an article has a <!--more--> at
// all (excerpt reports `stoppedAt` only when the marker, not a limit, ended the text).
describe('markerIndex', () => {
  it.each([
    ['<p>a</p><!--more--><p>b</p>', 'more', 8],
    ['<p>a</p><!-- more --><p>b</p>', 'more', 8],
    ['<p>a</p><!--more Read on--><p>b</p>', 'more', 8],
    ['<p>a</p><!--MORE--><p>b</p>', 'more', 8],
    ['<p>a</p><!--moreover--><p>b</p>', 'more', -1],
    ['<script>"<!--more-->"</script><!--more-->', 'more', 30],
    ['<p title="<!--more-->">a</p>', 'more', -1],
    ['<template><!--more--></template>x', 'more', -1],
    ['<p>a</p><!--members-only--><p>b</p>', 'members-only', 8],
    ['<p>a</p><!--members-only--><p>b</p>', 'more', -1],
    ['<p>a</p>', 'members-only', -1],
    ['', 'more', -1],
  ] as const)('finds %j (%s) at %d', (html, marker, index) => {
    expect(markerIndex(html, marker)).toBe(index)
  })

  it('agrees with a plain search on the sample newsroom', () => {
    for (const article of articles) {
      expect(markerIndex(article.html, 'more')).toBe(article.html.indexOf('<!--more-->'))
      expect(markerIndex(article.html, 'members-only')).toBe(article.html.indexOf('<!--members-only-->'))
    }
  })
})
