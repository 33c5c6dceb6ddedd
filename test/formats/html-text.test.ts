import { expect } from '@open-wc/testing';
import { decodeEntities, htmlToText } from '../../src/formats/html-text.js';
import { HOSTILE_TEXT } from '../fixtures/hostile.js';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks as single line breaks, and collapses spaces', () => {
    const { text } = htmlToText('<p>First   paragraph\n continues.</p><p>Second<br>line</p>  <ul><li>one</li><li>two</li></ul>');
    expect(text).to.equal('First paragraph continues.\nSecond\nline\none\ntwo');
  });

  it('decodes entities and drops script, style and comments', () => {
    expect(htmlToText('Tom &amp; Jerry &#8211; &#x2014; &quot;hi&quot;&nbsp;there &unknown;').text).to.equal('Tom & Jerry – — "hi" there &unknown;');
    expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c<!-- <p>x</p> -->d').text).to.equal('abcd');
    expect(decodeEntities('&#0;&#x1;&#xD800;')).to.equal('\ufffd\ufffd\ufffd');
  });

  it('collects each link with its text, in order', () => {
    const { text, links } = htmlToText('See <a href="https://a.example/1">the <em>first</em> report</a> and <a href=\'/two\'>two</a>, <a href=https://c.example>https://c.example</a><a href="">empty</a>');
    expect(text).to.equal('See the first report and two, https://c.exampleempty');
    expect(links).to.deep.equal([
      { text: 'the first report', href: 'https://a.example/1' },
      { text: 'two', href: '/two' },
      { text: 'https://c.example', href: 'https://c.example' },
    ]);
  });

  it('leaves a lone "<" as text and never returns markup for hostile input', () => {
    expect(htmlToText('1 < 2 and 3 > 2').text).to.equal('1 < 2 and 3 > 2');
    for (const payload of HOSTILE_TEXT) {
      const { text } = htmlToText(payload);
      expect(text, payload).not.to.match(/<(img|script|svg|style|a)\b/i);
    }
    // Escaped markup stays text: it is shown as characters, never parsed.
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;').text).to.equal('<img src=x onerror=alert(1)>');
  });
});
