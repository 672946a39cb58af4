// Response content types a browser does not render as a document: a body sent with one cannot run script.

/**
 * Matches the source text of a constant `content_type=`/`mimetype=` naming a type other than HTML, XHTML, SVG
 * or XML (those can carry script); `text/plain`, `application/json`, `text/csv`, images, archives do not.
 */
export const NOT_HTML = String.raw`^[rRbBuU]*['"](?!\s*(text/html|application/xhtml|image/svg|text/xml|application/xml|multipart/))[a-z]+/[a-z0-9.+-]+\s*(;[^'"]*)?['"]$`;
