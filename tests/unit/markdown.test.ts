/** Article bodies through the Markdown processor of astro.config.mjs: hostile HTML never survives. */
import { beforeAll, expect, test } from 'vitest';
import { markdownProcessor } from '../../src/integrations/markdown.ts';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  // As astro.config.mjs sets it.
  const renderer = await markdownProcessor().createRenderer({ syntaxHighlight: false });
  render = async (markdown) => (await renderer.render(markdown)).code;
});

test('raw HTML is dropped: no script, handler, frame, style or javascript: URL is left', async () => {
  const html = await render(
    [
      'Before <script>window.x=1</script><img src=x onerror="window.x=2"> after',
      '',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<a href="javascript:alert(2)" id="raw-link">raw link</a>',
      '<p style="position:fixed" onclick="alert(3)">styled</p>',
      '',
      '[markdown link](javascript:alert(4))',
    ].join('\n'),
  );
  expect(html).not.toMatch(/<(script|img|iframe|style)\b|\son\w+=|\sstyle=|javascript:|raw-link/i);
  expect(html).toContain('Before');
  expect(html).toContain('<a>markdown link</a>');
});

test('links that leave the site get rel="noopener noreferrer", links within it do not', async () => {
  const html = await render('[out](https://example.org/page) [in](/articles/x/) [mail](mailto:desk@example.org)');
  expect(html).toContain('<a href="https://example.org/page" rel="noopener noreferrer">out</a>');
  expect(html).toContain('<a href="/articles/x/">in</a>');
  expect(html).toContain('<a href="mailto:desk@example.org">mail</a>');
});

test('Markdown itself renders as before: headings get ids, emphasis and tables stay', async () => {
  const html = await render('## What was agreed\n\nThe *coalition* met.\n\n| a | b |\n| - | - |\n| 1 | 2 |');
  expect(html).toContain('<h2 id="what-was-agreed">What was agreed</h2>');
  expect(html).toContain('<em>coalition</em>');
  expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
});
