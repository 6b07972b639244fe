// Build time: the static not-found page (404.html at the site's root), which static hosts serve for unknown paths and the service worker offline. No script; styled; fits an embed's frame.
import { base } from '$app/paths';
import { COLORS, FONT_STACK } from '$lib/ui/theme';

export const prerender = true;

const page = (home: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="robots" content="noindex">
<title>Not found · The road to the treaty</title>
<style>
html{background:${COLORS.page};color:${COLORS.ink};font-family:${FONT_STACK}}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:1rem;box-sizing:border-box}
main{max-width:30rem;background:${COLORS.paper};border:1px solid ${COLORS.rule};border-radius:8px;padding:1rem 1.25rem}
h1{margin:0 0 .5rem;font-size:1.2rem}p{margin:.4rem 0;line-height:1.45}a{color:${COLORS.focus}}
.other{color:${COLORS.muted};font-size:.9rem}
</style>
</head>
<body>
<main>
<h1>This page is not part of the story</h1>
<p>The address may be mistyped, or an embedded map names a journey the story does not have.</p>
<p><a href="${home}">Read “The road to the treaty, 1945–1950”</a></p>
<p class="other" lang="zh-Hans">此页面不在故事之中。<a href="${home}">返回故事</a></p>
<p class="other" lang="ru">Такой страницы в истории нет. <a href="${home}">Вернуться к истории</a></p>
</main>
</body>
</html>
`;

export function GET(): Response {
	return new Response(page(`${base}/`), { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
