// Package ingest turns input files into clean article text with metadata:
// the first stage of policygraph. Later stages record byte spans into
// Document.Text, so Text is exactly the article: its title line, a newline,
// and its body, with markup, page chrome and other boilerplate removed.
//
// # Entry points
//
// Walk expands files and folders into input files; ReadFile reads one and
// Parse parses bytes already in memory. Parse returns one Document for a
// Markdown, HTML or text file and one per record for JSON Lines. It is safe
// for concurrent use with a shared Options.
//
// # Formats
//
// The format is detected, not assumed (Options.Format forces one):
//
//   - .md and .markdown files are Markdown; so is any file that opens with a
//     Jekyll front matter block ("---" line, YAML, "---" or "..." line), such
//     as a post saved as .txt.
//   - .html and .htm files are HTML; so is content that opens with
//     <!DOCTYPE, <html, <head, <body or <?xml, or holds many block tags.
//   - .jsonl, .ndjson and .json files are JSON Lines; so is content whose
//     first line is a JSON object. A .json file holding one (pretty-printed)
//     object or an array of objects gives one record per object.
//   - Anything else is plain text, kept as it is.
//
// # Encodings
//
// A byte order mark decides (UTF-8, UTF-16LE/BE, GB18030). Valid UTF-8 is
// UTF-8, unless it has no character above U+07FF and reads convincingly as
// GBK (short GBK text such as "通知" is valid UTF-8 by accident). Otherwise
// the first 64 KiB are decoded as UTF-8 (lossy), GB18030 (a superset of GBK
// and GB2312) and Big5, and each reading is scored: the share of its
// non-ASCII characters that are among the 1000 most frequent simplified or
// traditional characters (common_chars.txt, generated from gse's
// dictionaries) or CJK punctuation, minus twice the share of invalid
// sequences. Chinese read in the right encoding scores about 0.8–1; GBK read
// as Big5, or the reverse, gives mostly rare characters and scores below 0.3.
// A charset declared in an HTML <meta> or XML declaration is a hint: it wins
// near-ties, and a declared non-CJK encoding (windows-1252 …) is used only
// when no CJK reading looks like Chinese. Invalid bytes become U+FFFD; their
// count is kept in Meta["decode_errors"]. Text is always valid UTF-8.
//
// Files with a NUL byte in the first 8 KiB, or with more than 10% control
// characters and decoding errors there, are refused as binary (ErrBinary);
// files that are not UTF-8, are a quarter or more non-ASCII bytes, and that
// no reading makes look like Chinese (every score below 0.3, no declared
// charset) are refused as ErrEncoding rather than kept as nonsense
// characters (C0 AF or ED A0 80 read as GB18030 decode without an error);
// blank files are refused as empty (ErrEmpty); ReadFile refuses files over
// Options.MaxBytes (ErrTooLarge). Errors name the file: "parse PATH: …",
// "read PATH: …".
//
// In every format CRLF, CR and Unicode line separators become LF, and
// invisible characters (C0/C1 controls other than tab and newline, zero-width
// spaces and joiners, soft hyphens, byte order marks) are removed. Line
// breaks a scraper lost are put back before the boilerplate rules run
// (paragraphs.go): a run of two or more wide spaces (U+3000, U+2003) inside
// a long line, or after a sentence's end, is the indent of a paragraph
// whose break went (题：…  新华社记者  11月12日，…); in a line of 300 runes
// or more, a numbered heading right after a sentence's end (…新成效。二、
// 2024年工作安排…) starts a line.
//
// # Markdown and Jekyll
//
// Front matter is read with yaml.v3 as plain strings (no type resolution);
// broken YAML falls back to reading "key: value" lines, and an empty title or
// a date such as " +0800" is simply missing. title becomes Title, date
// becomes Date (YYYY-MM-DD) — or else the date that starts a Jekyll file
// name (2024-8-1-title.md) — and categories, tags, description, keywords,
// author, publisher, source and source_url go into Meta. The body keeps its
// visible text: quote markers, heading markers, list bullets, emphasis, link
// and image syntax, code fences and bare autolinks (<http://…>, the first of
// which becomes Meta["source_url"]) are removed; "*ST" stock names keep their
// star. As in CommonMark, a line that opens with a block-level HTML tag
// starts a raw HTML block, read as HTML up to the next blank line; inline
// tags inside prose are read as HTML too.
//
// # HTML
//
// A streaming tokenizer (x/net/html), not a tree, so nesting depth costs no
// stack. Only visible text is kept: no <head>, script, style, noscript,
// template, iframe, svg, select or textarea content, no elements hidden with
// the hidden attribute or an inline display:none / visibility:hidden style,
// no comments, no attributes. Block elements (p, div, br, li, h1–h6, tr,
// table …) break lines, inline elements (span, a, b, font …) do not, table
// cells are separated by a space, white space collapses as a browser would
// (&nbsp; is a space), entities are decoded, <pre> keeps its spacing. In
// Markdown, newlines in text are line breaks as well. Title comes from
// <meta name="ArticleTitle"> or og:title, else from the first <h1> when it is
// a prefix of <title> or contained in it (a cleaner "标题" for
// "标题_中国政府网"), else from <title>. Date comes from <meta> publishdate,
// pubdate, date, article:published_time and similar; publisher, author,
// ContentSource and the canonical link go into Meta.
//
// # Main content (HTML)
//
// A page holds more than its article: menus, lists of districts and of
// related articles, footers. go-trafilatura (with its readability and
// DOM-distiller fallbacks) finds the article; the text kept is still the
// converter's, line by line, so that hidden elements stay hidden and
// paragraphs stay on lines of their own. A line is in the article when
// its text (white space ignored) is in trafilatura's; a gap of up to six
// lines between two such lines of at least eight characters is kept too
// (trafilatura drops a table of targets or a signature mid-article). When
// trafilatura finds fewer than 60 characters the whole page is kept and
// left to the classifier and the rules.
//
// # Line classifier (HTML and plain text)
//
// After the boilerplate rules, lines are classified by shape alone, in
// the spirit of jusText (vocabulary stays in the rule files): prose
// (sentence marks, or long), link-list items (a bullet or a [tag] and no
// sentence), menu bars (three or more short items split by |), and short
// lines. Link-list items and menu bars go; so does a run of at least five
// lines of at most twelve characters that are mostly without digits (a
// menu, a list of districts; mostly digits make it a table); so does a
// shorter run of short lines next to a link list with no prose on its
// other side. A heading between paragraphs, a signature and date at the
// end, and a table stay. A text without any prose line is left alone, and
// the title line is never dropped. On an HTML page narrowed to its
// article, the short lines above the first paragraph (bylines, the
// headline split over lines, share and audio widgets) go too, except an
// official document's number (〔2021〕99号) and a line ending in a colon
// (the addressee).
//
// Every block left out is recorded in Document.Dropped with its stage
// (main-content, classifier, boilerplate, title, date) and reason; explain
// lists them.
//
// # Dates
//
// Date comes from metadata first (<meta>, front matter, the JSON Lines
// field, then a Date rule). Otherwise, in this order: JSON-LD
// datePublished; the date line printed under the headline (发布时间：
// 2023-11-20, 2023年11月20日 10:05 来源：… — a short line without a sentence,
// within the lines between the title and the first paragraph), which is
// then dropped from the text; the source URL or the file path
// (/2023/11-20/, t20231120_, /20231120/); a notice's signature date (a
// date alone on one of its last lines, below the last paragraph); a
// speech's subtitle (——2024年1月20日在…会议上); a news dateline (新华社北京1月5日电,
// the year from the URL's /202401/ or else the latest 2023年12月-style
// mention, or for one of February or March the plenary session of the
// national congress it reports, 十四届全国人大一次会议 being 2023); go-htmldate's guess from the markup (not a year alone); and,
// for a work report, the year its title names (2018年…政府工作报告) or, when
// it reviews year Y (2024年工作回顾), Y+1 — as YYYY-01-01, only the year
// being known.
// Dates merely mentioned in the body are never taken. Meta["date_source"]
// names the source: meta:NAME, front-matter, file-name, jsonl, rule:ID,
// json-ld, printed, url, signature, subtitle, dateline, htmldate or
// review-year.
//
// # JSON Lines
//
// One record per non-blank line, read from the byte slice without a line
// length limit. Name is the id field, Title, Date and Text come from the
// fields named in Options.JSONL (default id, title, date, and the first
// non-empty of content and text); other scalar fields up to 512 bytes go into
// Meta (url, sourceUrl and link as source_url). Record text that is HTML or
// Markdown (a crawler's export: ## headings, [links](https://…), **bold**)
// is converted; plain text escaped a second time (literal \n, \u4e2d,
// &ldquo;) is unescaped (escapes.go). An object without text that wraps
// its records, as an API response saved whole does ({"data":[…]},
// {"code":0,"data":{"list":[…]}}), gives the records of the one array of
// objects it holds, up to three objects deep; all have the wrapper's
// line. Source is "path#id" (path absolute, see SourceOf), or
// "path#\sha256:" and 16 hex digits of the line's hash when the record has
// no id; a repeated id keeps its source (the batch reports the repeat with
// both lines, Document.Line). Hash is of the line's bytes (without its line
// ending). A
// line that is not a JSON object, or a record without text, is reported as a
// *RecordError "path:line: reason" and the other records go on.
//
// # Title and text
//
// Without a title from metadata, the title is taken from the body: the line
// above the first line a Date rule matched (a scraped page prints headline,
// then date; everything above the headline is page chrome and is dropped),
// else the first Markdown or <h1> heading, else the first line when it is
// 2–80 characters long, holds no "。" and does not end like a sentence. List
// bullets are stripped from a title taken from a line. A headline printed
// twice (the first one to three lines repeated at once) is kept once.
//
// Text is Title + "\n" + body, unless the body's first line already is the
// title; trailing space is trimmed on every line, there is at most one blank
// line in a row, and none at either end. Leading indentation is kept.
//
// # Boilerplate rules
//
// Options.Boilerplate lists rules written by the project (see
// BoilerplateRule). They run on the body lines after format conversion, one
// line at a time, so ^ and $ anchor to a line; rules with Formats apply only
// to documents of those formats. A line of more than 600 runes (a text
// whose paragraph breaks were lost) is seen a sentence at a time: date,
// truncate and drop_line act on the sentence a rule matches in, ^ still
// means the line's start (each sentence is matched from its own start
// with the sentence before it in front, which a lookbehind can see), and
// the kept sentences are joined again before the remove rules run. The
// modes run in this order, and within a mode in list order:
//
//  1. date: on the first 40 non-blank lines, every line a Date rule matches
//     is dropped, and the first match whose year, month and day groups form a
//     real date (ASCII, full-width or Chinese numerals: 二〇二五年十二月) sets
//     Date unless metadata already did. The line above the first match is the
//     title candidate described above.
//  2. truncate: the first remaining line a Truncate rule matches, and every
//     line after it, are dropped. Anchor these patterns (^\s*相关阅读): a
//     truncate word in the middle of a sentence would cut the article.
//  3. drop_line: every remaining line a DropLine rule matches is dropped.
//  4. remove: every match of a Remove rule is cut out of the remaining lines
//     and out of the title; a line left blank by it counts as blank.
//
// A truncate match followed by at least 300 characters of prose (a 相关阅读
// box in the middle of a page) drops only its line and the list under it.
//
// Whitespace cleanup comes last. The rules see the lines normalised
// (textnorm); Document.Normalized hands the normalised text to the
// extractor, copying the lines that Text kept unchanged instead of
// normalising them again. A document whose text is empty after the
// rules is refused with ErrEmpty, saying how many blocks were dropped.
// regexp2 reports a match that runs past the pattern's MatchTimeout as an
// error; because regexp2's clock can lag on an overloaded machine, a
// timed-out match is retried once, and a second timeout loses that rule's
// match on that line only: the document is kept and the timeout is in
// Document.Warnings with the rule's id and the line. Set a timeout on every
// pattern: the default is to wait forever.
//
// # Walk
//
// Folders are walked recursively in sorted order, skipping names that start
// with "."; symbolic links are followed and a link back to a folder being
// walked is reported as a loop. Folders yield files with document extensions
// and files without one; paths given explicitly are always yielded. Walk
// does not open files.
//
// # Caveats
//
//   - Encoding detection needs a few Chinese characters; a file with only a
//     handful of non-ASCII bytes may be misread. UTF-16 without a byte order
//     mark is refused as binary; other non-UTF-8 encodings are only tried
//     when declared in HTML.
//   - Markdown support covers what the corpus uses, not all of CommonMark
//     (no nested block structures, setext headings become plain lines,
//     reference links keep only their text).
//   - HTML tables become one line per row; layout tables that wrap a whole
//     page do not disturb the text because their content is in blocks.
//   - The classifier judges lines by shape: a short in-article list of
//     headings next to a bullet list can go, and chrome made of long lines
//     with sentence marks stays unless a rule or trafilatura removes it.
//   - On a page that lists several posts (a blog's front page) trafilatura
//     may pick the wrong one.
package ingest
