// Renders our content's Markdown to HTML with no raw HTML at all and only safe links: content is text, never code.
import { Marked, type Token, type Tokens } from 'marked';

/** Links may go to the web (http, https) or within the page (#…); nothing else (javascript:, data:, file:, …). */
export const isSafeHref = (href: string) => /^(https?:\/\/|#)/i.test(href.trim());

const marked = new Marked({ async: false, gfm: true });
marked.use({
	renderer: {
		// Reached only if the checks below are bypassed: escape rather than emit.
		html: ({ text }: Tokens.HTML | Tokens.Tag) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
		link({ href, title, tokens }: Tokens.Link) {
			const t = title ? ` title="${title.replace(/"/g, '&quot;')}"` : '';
			const external = /^https?:/i.test(href) ? ' rel="noopener"' : '';
			return `<a href="${href.replace(/"/g, '%22')}"${t}${external}>${this.parser.parseInline(tokens)}</a>`;
		}
	}
});

/** The line of `needle` in `source` (1-based), for error messages. */
const lineOf = (source: string, needle: string) => {
	const i = source.indexOf(needle);
	return i < 0 ? '?' : String(source.slice(0, i).split('\n').length);
};

/** Throws, naming the file and line, on raw HTML, an unsafe link or an image (pictures go in the frontmatter, bundled with the site). */
export function renderMarkdown(file: string, markdown: string): string {
	const tokens = marked.lexer(markdown);
	const problems: string[] = [];
	marked.walkTokens(tokens, (t: Token) => {
		if (t.type === 'html') problems.push(`line ${lineOf(markdown, t.raw)}: raw HTML is not allowed (${JSON.stringify(t.raw.trim().slice(0, 40))}); write Markdown`);
		else if (t.type === 'link' && !isSafeHref((t as Tokens.Link).href))
			problems.push(`line ${lineOf(markdown, t.raw)}: link "${(t as Tokens.Link).href.slice(0, 40)}" must start with http://, https:// or #`);
		else if (t.type === 'image') problems.push(`line ${lineOf(markdown, t.raw)}: images in the text are not allowed; use the frontmatter's image (a file under static/)`);
	});
	if (problems.length) throw new Error(problems.map((p) => `${file}: text: ${p}`).join('\n'));
	return marked.parser(tokens);
}
