import assert from 'node:assert/strict';
import { escapeHtml, renderMarkdown } from '../../../tab/src/platform/markdown.js';

describe('markdown', () => {
  it('should escape HTML when the text contains markup', () => {
    assert.equal(renderMarkdown('<img src=x onerror=alert(1)> & "q"'), '<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>');
  });

  it('should render bold and italic when marked with asterisks or underscores', () => {
    assert.equal(
      renderMarkdown('**Frist** i *dag* og __nå__ _snart_'),
      '<p><strong>Frist</strong> i <em>dag</em> og <strong>nå</strong> <em>snart</em></p>',
    );
  });

  it('should leave underscores inside words alone', () => {
    assert.equal(renderMarkdown('snake_case_name'), '<p>snake_case_name</p>');
  });

  it('should render bullet and numbered lists when every line of a block is an item', () => {
    assert.equal(renderMarkdown('- NAV\n- Helsetjeneste'), '<ul><li>NAV</li><li>Helsetjeneste</li></ul>');
    assert.equal(renderMarkdown('1. Kartlegg\n2. Planlegg'), '<ol><li>Kartlegg</li><li>Planlegg</li></ol>');
  });

  it('should split paragraphs on blank lines and keep single line breaks', () => {
    assert.equal(renderMarkdown('Linje 1\nLinje 2\n\nAvsnitt 2'), '<p>Linje 1<br>Linje 2</p><p>Avsnitt 2</p>');
  });

  it('should link http(s) and mailto URLs when written as Markdown links', () => {
    assert.equal(
      renderMarkdown('Se [IMDi](https://www.imdi.no/?a=1&b=2)'),
      '<p>Se <a href="https://www.imdi.no/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">IMDi</a></p>',
    );
  });

  it('should not link when the URL scheme is unsafe', () => {
    assert.equal(renderMarkdown('[klikk](javascript:alert(1))'), '<p>klikk)</p>');
    assert.doesNotMatch(renderMarkdown('[klikk](data:text/html,x)'), /<a /);
  });

  it('should escape quotes in link URLs so they cannot break out of the attribute', () => {
    assert.doesNotMatch(renderMarkdown('[x](https://a.no/"onmouseover="alert(1))'), /href="[^"]*"onmouseover/);
  });

  it('should return an empty string when the text is blank', () => {
    assert.equal(renderMarkdown(' \n\n '), '');
  });

  it('should escape all five HTML-significant characters', () => {
    assert.equal(escapeHtml(`<a href='x'>&"`), '&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});
