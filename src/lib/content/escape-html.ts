// Text made safe to write into HTML or SVG, as element content or a quoted attribute value: the one escaper of the site's hand-written markup.

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
