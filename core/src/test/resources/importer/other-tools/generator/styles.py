"""Seventeen resume layouts in the manner of other tools, each a function from a JSON Resume
document to (HTML, the document cut down to what that HTML prints).

Every layout prints from the same person, but each drops or shortens what it does not show
(a year where it prints only years, no issuer where it prints none), so the expected document
holds exactly the fields a reader of the page could copy out.
"""

import copy
import html

COUNTRIES = {"US": "USA", "GB": "United Kingdom", "IN": "India", "DE": "Germany", "FR": "France"}
EM = " \u2014 "
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Private Use Area code points of a popular icon font; printed in a font that falls back, so the
# page may show a box, but the text layer holds the code point as real files do.
ICON_PIN, ICON_PHONE, ICON_MAIL, ICON_LINK, ICON_GITHUB, ICON_LINKEDIN = (
    "\uf3c5", "\uf095", "\uf0e0", "\uf0c1", "\uf09b", "\uf08c")
ICON_WORK, ICON_SCHOOL, ICON_TOOLS, ICON_USER, ICON_BOOK = "\uf0b1", "\uf19d", "\uf0ad", "\uf007", "\uf02d"

ICON_CSS = 'font-family: "FontAwesome", "OpenSymbol"; font-style: normal; font-weight: normal;'


def e(text):
    return html.escape(text or "", quote=True)


# ---------------------------------------------------------------- dates

def ym(date):
    y, m = date.split("-")[:2]
    return int(y), int(m)


def fmt(date, style):
    """One date as a layout prints it."""
    if not date:
        return ""
    y, m = ym(date)
    return {
        "iso": f"{y:04d}-{m:02d}-01",
        "mon": f"{MONTHS[m - 1][:3]} {y}",
        "mon.": f"{MONTHS[m - 1][:3]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTHS[m - 1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "dd/mm/yyyy": f"01/{m:02d}/{y}",
        "year": f"{y}",
    }[style]


def span(item, style, present, dash=" \u2013 "):
    start, end = item.get("startDate"), item.get("endDate")
    if not start:
        return fmt(end, style)
    return fmt(start, style) + dash + (fmt(end, style) if end else present)


def year_only(item, *keys):
    for k in keys:
        if item.get(k):
            item[k] = item[k][:4]


# ---------------------------------------------------------------- pieces

def place(basics):
    loc = basics.get("location", {})
    parts = [loc.get("city"), loc.get("region")]
    if loc.get("countryCode") and loc["countryCode"] != "US":
        parts.append(COUNTRIES[loc["countryCode"]])
    return ", ".join(p for p in parts if p)


def expected_place(basics):
    """A US address prints without its country, so the expected document has none."""
    loc = basics.get("location")
    if loc and loc.get("countryCode") == "US":
        loc.pop("countryCode")


def link_text(url):
    return url.replace("https://", "").replace("http://", "")


def degree_area(ed):
    return " ".join(p for p in [ed.get("studyType"), ed.get("area")] if p)


def base(person, drop=()):
    """A copy of the person without the sections a layout leaves out."""
    r = copy.deepcopy(person)
    for key in drop:
        if "." in key:
            section, field = key.split(".")
            if section == "basics":
                r["basics"].pop(field, None)
            else:
                for item in r.get(section, []):
                    item.pop(field, None)
        else:
            r.pop(key, None)
    expected_place(r["basics"])
    return r


def page(title, css, body):
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


NAV = ("<nav class=\"site\"><a class=\"skip\" href=\"#main\">Skip to content</a> "
       "<a href=\"#\">Home</a> <a href=\"#\">Blog</a> <a href=\"#\">Contact</a> "
       "<button type=\"button\">Menu</button> <button type=\"button\">Download PDF</button> "
       "<span class=\"counter\">0</span> <button type=\"button\" aria-label=\"Close\">\u00d7</button></nav>\n")
NAV_CSS = """
nav.site { font-size: 9pt; padding: 4pt 0; border-bottom: 1px solid #ddd; margin-bottom: 10pt; }
nav.site a { margin-right: 8pt; color: #246; }
nav.site .counter { display: none; }
@media print { nav.site { display: none; } }
"""


# ---------------------------------------------------------------- 1. flat: a JSON-Resume-like theme

def flat(p):
    """A browser theme: bare short headings ("About", "Work", "Schools", "Tech"), a "Highlights"
    sub-heading in every job, full ISO dates, skills as tags under small group headings, and a
    site navigation that a word processor keeps when it converts the page."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 14mm 16mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #222; margin: 0; }
header h1 { font-size: 26pt; margin: 0; font-weight: 300; }
header .label { font-size: 13pt; color: #555; margin: 2pt 0 6pt; }
.contact span { margin-right: 10pt; }
h2 { font-size: 12pt; color: #1a5f7a; margin: 14pt 0 4pt; font-weight: bold; }
.job h3 { font-size: 11pt; margin: 6pt 0 0; }
.job .meta { color: #666; font-size: 9pt; }
.job h4, .tech h4 { font-size: 9pt; margin: 4pt 0 1pt; color: #444; }
ul { margin: 1pt 0 4pt; padding-left: 14pt; }
.tags span { display: inline-block; border: 1px solid #bbb; border-radius: 3px; padding: 0 4pt; margin: 0 3pt 3pt 0; }
""" + NAV_CSS
    out = [NAV, "<main id=\"main\">", "<header>", f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
           "<div class=\"contact\">"]
    contact = [b["email"], b["phone"]] + ([link_text(b["url"])] if b.get("url") else []) + [place(b)]
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]
    out += [f"<span>{e(c)}</span>" for c in contact]
    out += ["</div>", "</header>", "<h2>About</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Work</h2>"]
    for w in p["work"]:
        out += ["<div class=\"job\">", f"<h3>{e(w['position'])}</h3>",
                f"<div class=\"meta\">{e(w['name'])} \u00b7 {e(w['location'])} \u00b7 {e(span(w, 'iso', 'Present', EM))}</div>",
                "<h4>Highlights</h4>", "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>", "</div>"]
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            out += ["<div class=\"job\">", f"<h3>{e(pr['name'])}</h3>", f"<p>{e(pr['description'])}</p>",
                    f"<div class=\"meta\">{e(', '.join(pr['keywords']))}</div>", "</div>"]
    out.append("<h2>Schools</h2>")
    for ed in p["education"]:
        out += ["<div class=\"job\">", f"<h3>{e(ed['institution'])}</h3>",
                f"<div>{e(ed['studyType'])} \u00b7 {e(ed['area'])}</div>",
                f"<div class=\"meta\">{e(span(ed, 'iso', 'Present', EM))}"
                + (f" \u00b7 {e(ed['score'])}" if ed.get("score") else "") + "</div>", "</div>"]
    out.append("<h2>Tech</h2><div class=\"tech\">")
    for s in p["skills"]:
        out += [f"<h4>{e(s['name'])}</h4>", "<div class=\"tags\">" + " ".join(f"<span>{e(k)}</span>" for k in s["keywords"]) + "</div>"]
    out.append("</div>")
    if p.get("certificates"):
        out += ["<h2>Certificates</h2>", "<ul>"]
        out += [f"<li>{e(c['name'])} \u2014 {e(c['issuer'])}, {fmt(c['date'], 'iso')}</li>" for c in p["certificates"]]
        out.append("</ul>")
    if p.get("languages"):
        out += ["<h2>Languages</h2>", "<ul>"]
        out += [f"<li>{e(l['language'])}: {e(l['fluency'])}</li>" for l in p["languages"]]
        out.append("</ul>")
    out.append("</main>")
    shown = base(p, drop=["publications"])
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 2. icons in a left gutter

def icons(p):
    """A builder theme with headings in a left gutter, on the same line as the first entry, an
    icon-font glyph before each heading and each contact item, the name in capitals and large
    bold job titles; "Employment" for the jobs."""
    b = p["basics"]
    css = f"""
@page {{ size: Letter; margin: 0.5in; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1d1d1d; margin: 0; }}
.top h1 {{ font-size: 24pt; letter-spacing: 2pt; margin: 0; }}
.top .label {{ font-size: 12pt; color: #3a6ea5; margin-bottom: 4pt; }}
.contact span {{ margin-right: 12pt; white-space: nowrap; }}
.ic {{ {ICON_CSS} margin-right: 4pt; color: #3a6ea5; }}
.row {{ display: grid; grid-template-columns: 1.45in 1fr; column-gap: 12pt; margin-top: 12pt; }}
.row h2 {{ font-size: 10.5pt; text-transform: uppercase; color: #3a6ea5; margin: 2pt 0 0; }}
.row h2::before {{ {ICON_CSS} margin-right: 5pt; }}
.row.work h2::before {{ content: "\\f0b1"; }}
.row.edu h2::before {{ content: "\\f19d"; }}
.row.skills h2::before {{ content: "\\f0ad"; }}
.row.about h2::before {{ content: "\\f007"; }}
.row.other h2::before {{ content: "\\f02d"; }}
.entry {{ margin-bottom: 7pt; }}
.entry .title {{ font-size: 15pt; font-weight: bold; }}
.entry .sub {{ color: #555; }}
.entry .when {{ float: right; color: #555; font-size: 9pt; }}
ul {{ margin: 2pt 0; padding-left: 13pt; }}
p {{ margin: 0 0 3pt; }}
""" + NAV_CSS
    contact = [(ICON_PIN, place(b)), (ICON_PHONE, b["phone"]), (ICON_MAIL, b["email"])]
    if b.get("url"):
        contact.append((ICON_LINK, link_text(b["url"])))
    for pr in b.get("profiles", []):
        contact.append((ICON_GITHUB if pr["network"] == "GitHub" else ICON_LINKEDIN, link_text(pr["url"])))
    out = [NAV, "<div class=\"top\">", f"<h1>{e(b['name'].upper())}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
           "<div class=\"contact\">" + " ".join(f"<span><i class=\"ic\">{g}</i>{e(t)}</span>" for g, t in contact) + "</div>", "</div>"]

    def row(kind, heading, entries):
        return [f"<section class=\"row {kind}\"><h2>{e(heading)}</h2><div>"] + entries + ["</div></section>"]

    out += row("about", "Profile", [f"<p>{e(b['summary'])}</p>"])
    jobs = []
    for w in p["work"]:
        jobs += ["<div class=\"entry\">", f"<span class=\"when\">{e(span(w, 'mon', 'Present'))}</span>",
                 f"<div class=\"title\">{e(w['position'])}</div>", f"<div class=\"sub\">{e(w['name'])}</div>",
                 "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>", "</div>"]
    out += row("work", "Employment", jobs)
    if p.get("projects"):
        items = []
        for pr in p["projects"]:
            items += ["<div class=\"entry\">", f"<div class=\"title\">{e(pr['name'])}</div>",
                      f"<p>{e(pr['description'])}</p>", f"<div class=\"sub\">{e(', '.join(pr['keywords']))}</div>", "</div>"]
        out += row("other", "Projects", items)
    eds = []
    for ed in p["education"]:
        eds += ["<div class=\"entry\">", f"<span class=\"when\">{e(span(ed, 'mon', 'Present'))}</span>",
                f"<div class=\"title\">{e(ed['institution'])}</div>",
                f"<div class=\"sub\">{e(ed['studyType'])}, {e(ed['area'])}" + (f" \u2014 {e(ed['score'])}" if ed.get("score") else "") + "</div>",
                "</div>"]
    out += row("edu", "Education", eds)
    out += row("skills", "Skills", [f"<p><b>{e(s['name'])}:</b> {e(', '.join(s['keywords']))}</p>" for s in p["skills"]])
    if p.get("certificates"):
        out += row("other", "Certifications",
                   [f"<p>{e(c['name'])}, {e(c['issuer'])} ({fmt(c['date'], 'mon')})</p>" for c in p["certificates"]])
    shown = base(p, drop=["languages", "publications", "work.location"])
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 3. sidebar

def sidebar(p):
    """A dark sidebar holding contact, skills (group names as small headings, one keyword a
    line), languages and certificates; a narrow column that wraps long e-mail addresses; the
    main column with "Degree Area" on one line and mm/yyyy dates."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 0; }
body { font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; margin: 0; }
.wrap { display: flex; min-height: 297mm; }
aside { width: 54mm; background: #27323f; color: #eef; padding: 14mm 6mm; box-sizing: border-box; }
aside h2 { font-size: 11pt; border-bottom: 1px solid #8aa; margin: 12pt 0 4pt; }
aside h3 { font-size: 9pt; margin: 6pt 0 1pt; color: #bcd; }
aside ul { list-style: none; padding: 0; margin: 0; }
aside p { margin: 0 0 3pt; overflow-wrap: anywhere; word-break: break-all; }
main { flex: 1; padding: 14mm 12mm; }
main h1 { font-size: 24pt; margin: 0; color: #27323f; }
main .label { font-size: 12pt; margin-bottom: 8pt; }
main h2 { font-size: 12pt; text-transform: uppercase; color: #27323f; border-bottom: 2px solid #27323f; margin: 12pt 0 4pt; }
.entry { margin-bottom: 6pt; }
.entry .head { font-weight: bold; }
.entry .when { color: #666; font-size: 9pt; }
main ul { margin: 2pt 0; padding-left: 13pt; }
"""
    side = ["<aside>", "<h2>Contact</h2>", f"<p>{e(b['phone'])}</p>", f"<p>{e(b['email'])}</p>", f"<p>{e(place(b))}</p>"]
    if b.get("url"):
        side.append(f"<p>{e(link_text(b['url']))}</p>")
    side += [f"<p>{e(link_text(pr['url']))}</p>" for pr in b.get("profiles", [])]
    side.append("<h2>Skills</h2>")
    for s in p["skills"]:
        side += [f"<h3>{e(s['name'])}</h3>", "<ul>"] + [f"<li>{e(k)}</li>" for k in s["keywords"]] + ["</ul>"]
    if p.get("languages"):
        side += ["<h2>Languages</h2>", "<ul>"] + [f"<li>{e(l['language'])} ({e(l['fluency'])})</li>" for l in p["languages"]] + ["</ul>"]
    if p.get("certificates"):
        side += ["<h2>Certificates</h2>"] + [f"<p>{e(c['name'])} ({c['date'][:4]})</p>" for c in p["certificates"]]
    side.append("</aside>")
    main = ["<main>", f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
            "<h2>Profile</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Experience</h2>"]
    for w in p["work"]:
        main += ["<div class=\"entry\">", f"<div class=\"head\">{e(w['position'])}</div>",
                 f"<div>{e(w['name'])}, {e(w['location'])}</div>",
                 f"<div class=\"when\">{e(span(w, 'mm/yyyy', 'present'))}</div>",
                 "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>", "</div>"]
    main.append("<h2>Education</h2>")
    for ed in p["education"]:
        main += ["<div class=\"entry\">", f"<div class=\"head\">{e(degree_area(ed))}</div>",
                 f"<div>{e(ed['institution'])}</div>",
                 f"<div class=\"when\">{e(span(ed, 'mm/yyyy', 'present'))}" + (f" | {e(ed['score'])}" if ed.get("score") else "") + "</div>",
                 "</div>"]
    main.append("</main>")
    shown = base(p, drop=["projects", "publications", "certificates.issuer"])
    for c in shown.get("certificates", []):
        year_only(c, "date")
    return page(b["name"], css, "<div class=\"wrap\">\n" + "\n".join(side + main) + "\n</div>"), shown


# ---------------------------------------------------------------- 4. two columns

def twocol(p):
    """A page in two columns under a full-width header: experience and education on the left,
    summary, certificates, publications and languages on the right, and the skills at the foot
    in three side-by-side columns each under a small group heading."""
    b = p["basics"]
    css = """
@page { size: Letter; margin: 0.55in; }
body { font-family: "Liberation Serif", serif; font-size: 10pt; margin: 0; }
header { text-align: center; border-bottom: 2px solid #333; padding-bottom: 4pt; }
header h1 { font-size: 22pt; margin: 0; }
header .label { font-style: italic; font-size: 12pt; }
header .contact { font-size: 9pt; }
.cols { display: grid; grid-template-columns: 62% 1fr; column-gap: 18pt; }
h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: 1pt; margin: 10pt 0 3pt; border-bottom: 1px solid #999; }
.entry { margin-bottom: 6pt; }
.entry .head { font-weight: bold; }
.entry .sub { font-style: italic; }
ul { margin: 1pt 0; padding-left: 13pt; }
p { margin: 0 0 3pt; }
.skillcols { display: grid; grid-template-columns: repeat(3, 1fr); column-gap: 12pt; }
.skillcols h3 { font-size: 10pt; margin: 2pt 0; }
.skillcols ul { list-style: none; padding: 0; }
"""
    contact = [place(b), b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]
    out = ["<header>", f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
           "<div class=\"contact\">" + " \u2022 ".join(e(c) for c in contact) + "</div>", "</header>",
           "<div class=\"cols\">", "<div class=\"left\">", "<h2>Experience</h2>"]
    for w in p["work"]:
        out += ["<div class=\"entry\">", f"<div class=\"head\">{e(w['name'])} \u2014 {e(w['location'])}</div>",
                f"<div class=\"sub\">{e(w['position'])}, {e(span(w, 'month', 'Current', ' - '))}</div>",
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>", "</div>"]
    out.append("<h2>Education</h2>")
    for ed in p["education"]:
        out += ["<div class=\"entry\">", f"<div class=\"head\">{e(ed['institution'])}</div>",
                f"<div class=\"sub\">{e(ed['studyType'])} in {e(ed['area'])}, {e(span(ed, 'month', 'Current', ' - '))}</div>", "</div>"]
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            out += ["<div class=\"entry\">", f"<div class=\"head\">{e(pr['name'])}</div>", f"<p>{e(pr['description'])}</p>",
                    f"<div class=\"sub\">{e(', '.join(pr['keywords']))}</div>", "</div>"]
    out += ["</div>", "<div class=\"right\">", "<h2>Summary</h2>", f"<p>{e(b['summary'])}</p>"]
    if p.get("certificates"):
        out += ["<h2>Certifications</h2>"] + [f"<p>{e(c['name'])}<br>{e(c['issuer'])}, {fmt(c['date'], 'month')}</p>" for c in p["certificates"]]
    if p.get("publications"):
        out += ["<h2>Publications</h2>"] + [f"<p>{e(x['name'])}. <i>{e(x['publisher'])}</i>, {x['releaseDate'][:4]}.</p>" for x in p["publications"]]
    if p.get("languages"):
        out += ["<h2>Languages</h2>"] + [f"<p>{e(l['language'])} \u2014 {e(l['fluency'])}</p>" for l in p["languages"]]
    out += ["</div>", "</div>", "<h2>Skills</h2>", "<div class=\"skillcols\">"]
    for s in p["skills"]:
        out += ["<div>", f"<h3>{e(s['name'])}</h3>", "<ul>"] + [f"<li>{e(k)}</li>" for k in s["keywords"]] + ["</ul>", "</div>"]
    out.append("</div>")
    shown = base(p, drop=["education.score"])
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 5. word processor

def wordproc(p):
    """A document as word processors make them: Times-like type, the name centred in capitals,
    "Role at Employer" lines with the dates tabbed right, "Degree Area" on one line, skill
    groups as "Label: a, b, c" and certificates with their year only."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 20mm 20mm; }
body { font-family: "Liberation Serif", serif; font-size: 11pt; margin: 0; }
h1 { text-align: center; font-size: 18pt; margin: 0; letter-spacing: 1pt; }
.contact { text-align: center; font-size: 10pt; margin-bottom: 6pt; }
h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 10pt 0 3pt; }
.line { display: flex; justify-content: space-between; font-weight: bold; margin-top: 5pt; }
.place { font-style: italic; }
ul { margin: 1pt 0; padding-left: 18pt; }
p { margin: 0 0 2pt; }
"""
    contact = [place(b), b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]
    out = [f"<h1>{e(b['name'].upper())}</h1>", f"<p class=\"contact\">{e(b['label'])}<br>" + " | ".join(e(c) for c in contact) + "</p>",
           "<h2>Professional Summary</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Professional Experience</h2>"]
    for w in p["work"]:
        out += [f"<div class=\"line\"><span>{e(w['position'])} at {e(w['name'])}</span><span>{e(span(w, 'month', 'Present'))}</span></div>",
                f"<div class=\"place\">{e(w['location'])}</div>", "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    if p.get("projects"):
        out.append("<h2>Academic Projects</h2>")
        for pr in p["projects"]:
            out += [f"<div class=\"line\"><span>{e(pr['name'])}</span></div>", f"<p>{e(pr['description'])}</p>",
                    f"<p>Technologies: {e(', '.join(pr['keywords']))}</p>"]
    out.append("<h2>Education</h2>")
    for ed in p["education"]:
        out += [f"<div class=\"line\"><span>{e(degree_area(ed))}</span><span>{e(span(ed, 'month', 'Present'))}</span></div>",
                f"<p>{e(ed['institution'])}" + (f", {e(ed['score'])}" if ed.get("score") else "") + "</p>"]
    out.append("<h2>Skills</h2>")
    out += [f"<p><b>{e(s['name'])}:</b> {e(', '.join(s['keywords']))}</p>" for s in p["skills"]]
    if p.get("certificates"):
        out += ["<h2>Certifications</h2>", "<ul>"] + [f"<li>{e(c['name'])} ({c['date'][:4]})</li>" for c in p["certificates"]] + ["</ul>"]
    if p.get("languages"):
        out += ["<h2>Languages</h2>", "<p>" + ", ".join(f"{e(l['language'])} ({e(l['fluency'])})" for l in p["languages"]) + "</p>"]
    shown = base(p, drop=["publications", "certificates.issuer"])
    for c in shown.get("certificates", []):
        year_only(c, "date")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 6. table

def table(p):
    """The whole resume in one two-column table, as word-processor templates lay it out: dates in
    the left cell, the entry on the right, section headings as full-width rows ("Jobs"), skills as
    label and list cells, the name in capitals."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 16mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; margin: 0; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 2pt 4pt; }
td.l { width: 32mm; color: #444; }
tr.h td { font-size: 12pt; font-weight: bold; border-bottom: 1.5px solid #2b4c7e; color: #2b4c7e; padding-top: 10pt; }
h1 { font-size: 20pt; margin: 0; }
ul { margin: 1pt 0; padding-left: 12pt; }
p { margin: 0 0 2pt; }
"""
    rows = [f"<tr><td colspan=\"2\"><h1>{e(b['name'].upper())}</h1><p>{e(b['label'])}</p></td></tr>",
            f"<tr><td class=\"l\">Address</td><td>{e(place(b))}</td></tr>",
            f"<tr><td class=\"l\">Phone</td><td>{e(b['phone'])}</td></tr>",
            f"<tr><td class=\"l\">E-mail</td><td>{e(b['email'])}</td></tr>"]
    if b.get("url"):
        rows.append(f"<tr><td class=\"l\">Website</td><td>{e(link_text(b['url']))}</td></tr>")
    rows += [f"<tr><td class=\"l\">{e(pr['network'])}</td><td>{e(link_text(pr['url']))}</td></tr>" for pr in b.get("profiles", [])]

    def heading(t):
        return f"<tr class=\"h\"><td colspan=\"2\">{e(t)}</td></tr>"

    rows += [heading("Profile"), f"<tr><td class=\"l\"></td><td>{e(b['summary'])}</td></tr>", heading("Jobs")]
    for w in p["work"]:
        rows.append(f"<tr><td class=\"l\">{e(span(w, 'mon.', 'Present'))}</td><td><b>{e(w['position'])}</b><br>"
                    f"{e(w['name'])}, {e(w['location'])}<ul>" + "".join(f"<li>{e(h)}</li>" for h in w["highlights"]) + "</ul></td></tr>")
    rows.append(heading("Education"))
    for ed in p["education"]:
        rows.append(f"<tr><td class=\"l\">{e(span(ed, 'mon.', 'Present'))}</td><td><b>{e(ed['studyType'])}, {e(ed['area'])}</b><br>"
                    f"{e(ed['institution'])}" + (f"<br>Grade: {e(ed['score'])}" if ed.get("score") else "") + "</td></tr>")
    if p.get("projects"):
        rows.append(heading("Projects"))
        rows += [f"<tr><td class=\"l\"></td><td><b>{e(pr['name'])}</b><br>{e(pr['description'])}<br>{e(', '.join(pr['keywords']))}</td></tr>" for pr in p["projects"]]
    if p.get("publications"):
        rows.append(heading("Publications"))
        rows += [f"<tr><td class=\"l\">{x['releaseDate'][:4]}</td><td>{e(x['name'])}. <i>{e(x['publisher'])}</i></td></tr>" for x in p["publications"]]
    rows.append(heading("Skills"))
    rows += [f"<tr><td class=\"l\">{e(s['name'])}</td><td>{e(', '.join(s['keywords']))}</td></tr>" for s in p["skills"]]
    if p.get("certificates"):
        rows.append(heading("Certificates"))
        rows += [f"<tr><td class=\"l\">{e(fmt(c['date'], 'mon.'))}</td><td>{e(c['name'])}, {e(c['issuer'])}</td></tr>" for c in p["certificates"]]
    if p.get("languages"):
        rows.append(heading("Languages"))
        rows += [f"<tr><td class=\"l\">{e(l['language'])}</td><td>{e(l['fluency'])}</td></tr>" for l in p["languages"]]
    shown = base(p)
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "<table>\n" + "\n".join(rows) + "\n</table>"), shown


# ---------------------------------------------------------------- 7. LaTeX-like (held back)

def latex(p):
    """A LaTeX CV class look: a serif face, small-capital headings over a rule, employer and place
    on one line with the role and dates in italics below, education printed "area, degree,
    school" in reverse, skills as "Label: list"; no summary and no languages."""
    b = p["basics"]
    css = """
@page { size: Letter; margin: 0.6in 0.7in; }
body { font-family: "DejaVu Serif", serif; font-size: 10pt; margin: 0; }
.name { text-align: center; font-size: 22pt; font-variant: small-caps; margin: 0; }
.links { text-align: center; font-size: 9pt; margin: 2pt 0 6pt; }
h2 { font-variant: small-caps; font-weight: normal; font-size: 13pt; border-bottom: 0.8px solid #000; margin: 9pt 0 3pt; }
.row { display: flex; justify-content: space-between; }
.row.i { font-style: italic; font-size: 9.5pt; }
ul { margin: 1pt 0 4pt; padding-left: 16pt; font-size: 9.5pt; }
p { margin: 0 0 2pt; }
"""
    links = [b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else []) + [link_text(pr["url"]) for pr in b.get("profiles", [])]
    out = [f"<p class=\"name\">{e(b['name'])}</p>", f"<p class=\"links\">{e(b['label'])} \u2014 {e(place(b))}<br>" + " | ".join(e(x) for x in links) + "</p>",
           "<h2>Education</h2>"]
    for ed in p["education"]:
        out += [f"<div class=\"row\"><span><b>{e(ed['area'])}, {e(ed['studyType'])}, {e(ed['institution'])}</b></span><span>{e(span(ed, 'mon.', 'Present'))}</span></div>"]
        if ed.get("score"):
            out.append(f"<div class=\"row i\"><span>{e(ed['score'])}</span></div>")
    out.append("<h2>Experience</h2>")
    for w in p["work"]:
        out += [f"<div class=\"row\"><b>{e(w['name'])}</b><span>{e(w['location'])}</span></div>",
                f"<div class=\"row i\"><span>{e(w['position'])}</span><span>{e(span(w, 'mon.', 'Present'))}</span></div>",
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            out += [f"<div class=\"row\"><span><b>{e(pr['name'])}</b> | <i>{e(', '.join(pr['keywords']))}</i></span></div>",
                    f"<p>{e(pr['description'])}</p>"]
    if p.get("publications"):
        out += ["<h2>Publications</h2>", "<ul>"] + [f"<li>{e(x['name'])}. <i>{e(x['publisher'])}</i>, {x['releaseDate'][:4]}.</li>" for x in p["publications"]] + ["</ul>"]
    out.append("<h2>Technical Skills</h2>")
    out += [f"<p><b>{e(s['name'])}:</b> {e(', '.join(s['keywords']))}</p>" for s in p["skills"]]
    if p.get("certificates"):
        out += ["<h2>Certifications</h2>"] + [f"<div class=\"row\"><span>{e(c['name'])}, <i>{e(c['issuer'])}</i></span><span>{e(fmt(c['date'], 'mon.'))}</span></div>" for c in p["certificates"]]
    shown = base(p, drop=["basics.summary", "languages"])
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 8. Europass-like (held back)

def europass(p):
    """A Europass-like CV: a label column on the left in small capitals (section names, dates as
    dd/mm/yyyy), the content on the right, "Degree Area" as the qualification title, a final
    grade line, language and digital skills as rows."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 14mm 14mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: #1f1f1f; margin: 0; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 2pt 5pt; }
td.l { width: 44mm; text-align: right; color: #0e4194; font-size: 8.5pt; text-transform: uppercase; }
tr.h td { padding-top: 10pt; }
tr.h td.r { border-bottom: 1px solid #0e4194; }
tr.h td.l { font-size: 10pt; font-weight: bold; }
.title { font-size: 11pt; font-weight: bold; color: #0e4194; }
ul { margin: 1pt 0; padding-left: 12pt; }
"""
    def row(label, content, cls=""):
        return f"<tr class=\"{cls}\"><td class=\"l\">{e(label)}</td><td class=\"r\">{content}</td></tr>"

    rows = [row("Personal information", f"<span class=\"title\" style=\"font-size:16pt\">{e(b['name'])}</span>", "h"),
            row("", f"{e(place(b))}"), row("", e(b["phone"])), row("", e(b["email"]))]
    if b.get("url"):
        rows.append(row("", e(link_text(b["url"]))))
    rows += [row("", e(link_text(pr["url"]))) for pr in b.get("profiles", [])]
    rows += [row("Job applied for", f"<b>{e(b['label'])}</b>"), row("About me", "", "h"), row("", e(b["summary"])),
             row("Work experience", "", "h")]
    for w in p["work"]:
        rows.append(row(span(w, "dd/mm/yyyy", "Current"),
                        f"<div class=\"title\">{e(w['position'])}</div><div>{e(w['name'])} \u2013 {e(w['location'])}</div><ul>"
                        + "".join(f"<li>{e(h)}</li>" for h in w["highlights"]) + "</ul>"))
    rows.append(row("Education and training", "", "h"))
    for ed in p["education"]:
        rows.append(row(span(ed, "dd/mm/yyyy", "Current"),
                        f"<div class=\"title\">{e(degree_area(ed))}</div><div>{e(ed['institution'])}</div>"
                        + (f"<div>Final grade: {e(ed['score'])}</div>" if ed.get("score") else "")))
    if p.get("publications"):
        rows.append(row("Publications", "", "h"))
        rows += [row(x["releaseDate"][:4], f"{e(x['name'])}. <i>{e(x['publisher'])}</i>") for x in p["publications"]]
    if p.get("languages"):
        rows.append(row("Language skills", "", "h"))
        rows += [row(l["language"], e(l["fluency"])) for l in p["languages"]]
    rows.append(row("Digital skills", "", "h"))
    rows += [row(s["name"], e(" | ".join(s["keywords"]))) for s in p["skills"]]
    if p.get("certificates"):
        rows.append(row("Certificates", "", "h"))
        rows += [row(fmt(c["date"], "dd/mm/yyyy"), f"{e(c['name'])} \u2013 {e(c['issuer'])}") for c in p["certificates"]]
    shown = base(p, drop=["projects"])
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "<table>\n" + "\n".join(rows) + "\n</table>"), shown


# ---------------------------------------------------------------- 9. Awesome-CV-like

def awesome(p):
    """A LaTeX class look common on resume sites: a large centred name with the surname in bold,
    the label in spaced capitals, contact items between bars; section titles whose first letters
    are coloured, over a rule; each entry as employer (bold) with its place at the right, then
    the role in italic small capitals with the dates at the right ("Mar. 2021 - Present"); skills
    as a right-aligned label column; certificates with the issuer and the year at the right."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 15mm 17mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: #333; margin: 0; }
.name { text-align: center; font-size: 30pt; font-weight: 300; margin: 0; }
.name b { font-weight: bold; }
.pos { text-align: center; font-size: 9pt; letter-spacing: 2pt; text-transform: uppercase; color: #b22; margin: 2pt 0; }
.contact { text-align: center; font-size: 8.5pt; }
h2 { font-size: 14pt; margin: 12pt 0 4pt; border-bottom: 1px solid #bbb; }
h2 .hi { color: #b22; }
.two { display: flex; justify-content: space-between; }
.emp { font-weight: bold; font-size: 10.5pt; margin-top: 6pt; }
.loc { font-style: italic; color: #b22; }
.role { font-style: italic; font-variant: small-caps; color: #555; }
.date { font-style: italic; color: #777; font-size: 9pt; }
ul { margin: 1pt 0 2pt; padding-left: 14pt; }
li { margin: 0; }
table.sk { border-collapse: collapse; }
table.sk td { vertical-align: top; padding: 1pt 6pt 1pt 0; }
table.sk td.l { text-align: right; font-weight: bold; white-space: nowrap; }
"""
    first, _, last = b["name"].rpartition(" ")
    contact = [b["email"], b["phone"], place(b)] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]

    def heading(t):
        return f"<h2><span class=\"hi\">{e(t[:3])}</span>{e(t[3:])}</h2>"

    def two(cls, left, right, rcls):
        return f"<div class=\"two {cls}\"><span>{left}</span><span class=\"{rcls}\">{right}</span></div>"

    out = [f"<h1 class=\"name\">{e(first)} <b>{e(last)}</b></h1>", f"<div class=\"pos\">{e(b['label'])}</div>",
           "<div class=\"contact\">" + " | ".join(e(c) for c in contact) + "</div>",
           heading("Summary"), f"<p>{e(b['summary'])}</p>", heading("Experience")]
    for w in p["work"]:
        out += [two("emp", e(w["name"]), e(w["location"]), "loc"),
                two("", f"<span class=\"role\">{e(w['position'])}</span>", e(span(w, 'mon.', 'Present', ' - ')), "date"),
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    out.append(heading("Education"))
    for ed in p["education"]:
        out += [two("emp", e(ed["institution"]), e(ed.get("score", "")), "loc"),
                two("", f"<span class=\"role\">{e(ed['studyType'])} in {e(ed['area'])}</span>",
                    e(span(ed, 'mon.', 'Present', ' - ')), "date")]
    if p.get("projects"):
        out.append(heading("Projects"))
        for pr in p["projects"]:
            out += [two("emp", e(pr["name"]), e(", ".join(pr["keywords"])), "loc"), f"<p>{e(pr['description'])}</p>"]
    out += [heading("Skills"), "<table class=\"sk\">"]
    out += [f"<tr><td class=\"l\">{e(s['name'])}</td><td>{e(', '.join(s['keywords']))}</td></tr>" for s in p["skills"]]
    out.append("</table>")
    if p.get("certificates"):
        out.append(heading("Certificates"))
        out += [two("", f"<b>{e(c['name'])}</b>, {e(c['issuer'])}", c["date"][:4], "date") for c in p["certificates"]]
    if p.get("publications"):
        out.append(heading("Publications"))
        out += [two("", f"{e(x['name'])}. <i>{e(x['publisher'])}</i>", x["releaseDate"][:4], "date") for x in p["publications"]]
    if p.get("languages"):
        out.append(heading("Languages"))
        out += [two("", f"<b>{e(l['language'])}</b>", e(l["fluency"]), "date") for l in p["languages"]]
    shown = base(p)
    for c in shown.get("certificates", []):
        year_only(c, "date")
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 10. timeline in two columns

def timeline(p):
    """An online builder's two-column page (Canva- or Novoresume-like): a coloured header band
    with initials in a circle, the main column at the left with jobs and schools on a vertical
    timeline (a dot and the dates above each entry, "Role" then "Employer | Place"), and a
    narrower column at the right with contact under labels, the profile text, skills as names
    over drawn bars, languages with rating dots and certificates."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 0; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 8.8pt; color: #222; margin: 0; }
.band { background: #0f5b66; color: #fff; padding: 10mm 14mm; display: flex; align-items: center; }
.band .av { width: 18mm; height: 18mm; border-radius: 50%; background: #fff; color: #0f5b66; font-size: 16pt;
  font-weight: bold; display: flex; align-items: center; justify-content: center; margin-right: 8mm; }
.band h1 { font-size: 22pt; margin: 0; }
.band .label { font-size: 11pt; }
.grid { display: grid; grid-template-columns: 1fr 58mm; column-gap: 8mm; padding: 6mm 12mm; }
h2 { font-size: 10.5pt; color: #0f5b66; text-transform: uppercase; margin: 8pt 0 5pt; letter-spacing: 0.5pt; }
.tl { border-left: 2px solid #0f5b66; padding-left: 10pt; margin-left: 4pt; }
.ev { position: relative; margin-bottom: 7pt; }
.ev::before { content: ""; position: absolute; left: -15pt; top: 2pt; width: 8pt; height: 8pt; border-radius: 50%; background: #0f5b66; }
.ev .when { color: #0f5b66; font-size: 8pt; }
.ev .what { font-weight: bold; font-size: 10pt; }
.ev .who { color: #555; }
ul { margin: 1pt 0; padding-left: 12pt; }
.side .lbl { font-weight: bold; font-size: 8pt; color: #0f5b66; margin-top: 3pt; }
.side p { margin: 0 0 2pt; overflow-wrap: anywhere; }
.bar { height: 4pt; background: #d6e4e6; margin: 1pt 0 4pt; }
.bar i { display: block; height: 4pt; background: #0f5b66; }
.dots { color: #0f5b66; letter-spacing: 1pt; }
"""
    initials = "".join(w[0] for w in b["name"].split()[:2])
    main = ["<div class=\"main\">", "<h2>Work experience</h2>", "<div class=\"tl\">"]
    for w in p["work"]:
        main += ["<div class=\"ev\">", f"<div class=\"when\">{e(span(w, 'mon', 'Present'))}</div>",
                 f"<div class=\"what\">{e(w['position'])}</div>", f"<div class=\"who\">{e(w['name'])} | {e(w['location'])}</div>",
                 "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>", "</div>"]
    main += ["</div>", "<h2>Education</h2>", "<div class=\"tl\">"]
    for ed in p["education"]:
        main += ["<div class=\"ev\">", f"<div class=\"when\">{e(span(ed, 'mon', 'Present'))}</div>",
                 f"<div class=\"what\">{e(degree_area(ed))}</div>", f"<div class=\"who\">{e(ed['institution'])}</div>"]
        if ed.get("score"):
            main.append(f"<div>Grade: {e(ed['score'])}</div>")
        main.append("</div>")
    main.append("</div>")
    if p.get("projects"):
        main.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            main += [f"<div class=\"what\"><b>{e(pr['name'])}</b></div>", f"<p>{e(pr['description'])}</p>",
                     f"<p><i>{e(', '.join(pr['keywords']))}</i></p>"]
    main.append("</div>")
    side = ["<div class=\"side\">", "<h2>Contact</h2>", "<div class=\"lbl\">Phone</div>", f"<p>{e(b['phone'])}</p>",
            "<div class=\"lbl\">Email</div>", f"<p>{e(b['email'])}</p>", "<div class=\"lbl\">Address</div>", f"<p>{e(place(b))}</p>"]
    if b.get("url"):
        side += ["<div class=\"lbl\">Website</div>", f"<p>{e(link_text(b['url']))}</p>"]
    for pr in b.get("profiles", []):
        side += [f"<div class=\"lbl\">{e(pr['network'])}</div>", f"<p>{e(link_text(pr['url']))}</p>"]
    side += ["<h2>About me</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Skills</h2>"]
    for i, s in enumerate(p["skills"]):
        for j, k in enumerate(s["keywords"]):
            side += [f"<p>{e(k)}</p>", f"<div class=\"bar\"><i style=\"width: {90 - 10 * ((i + j) % 4)}%\"></i></div>"]
    if p.get("languages"):
        side.append("<h2>Languages</h2>")
        for l in p["languages"]:
            level = 5 if l["fluency"].lower().startswith(("native", "mother")) else 4
            dots = "\u25cf" * level + "\u25cb" * (5 - level)
            side.append(f"<p>{e(l['language'])} <span class=\"dots\">{dots}</span></p>")
    if p.get("certificates"):
        side.append("<h2>Certificates</h2>")
        side += [f"<p>{e(c['name'])} ({c['date'][:4]})</p>" for c in p["certificates"]]
    side.append("</div>")
    body = ("<div class=\"band\">" + f"<div class=\"av\">{e(initials)}</div><div><h1>{e(b['name'])}</h1>"
            + f"<div class=\"label\">{e(b['label'])}</div></div></div>\n<div class=\"grid\">\n" + "\n".join(main + side) + "\n</div>")
    shown = base(p, drop=["publications", "certificates.issuer", "languages.fluency"])
    # a skill bar names no group: each skill stands alone, as the importer keeps a bare line
    shown["skills"] = [{"name": k} for s in p["skills"] for k in s["keywords"]]
    for c in shown.get("certificates", []):
        year_only(c, "date")
    return page(b["name"], css, body), shown


# ---------------------------------------------------------------- 13. a one-column LaTeX resume (Jake's-like)

def jakes(p):
    """The one-column LaTeX resume shared on student and engineering forums: a centred name over
    one contact line split by bars (no address, no label, no summary); section titles in small
    capitals over a rule; each job as the role in bold with the dates at the right, then the
    employer and its place in italics; schools as the school with the dates, then the degree with
    the grade; projects as "Name | keywords" over one bullet; a "Technical Skills" block of bold
    labels ("Languages: ...") that also holds the spoken languages; certificates as tight bullets."""
    b = p["basics"]
    css = """
@page { size: Letter; margin: 0.5in 0.6in; }
body { font-family: "Latin Modern Roman", "CMU Serif", "Liberation Serif", serif; font-size: 10.5pt; margin: 0; color: #000; }
h1 { text-align: center; font-size: 25pt; font-weight: bold; margin: 0 0 2pt; }
.contact { text-align: center; font-size: 9.5pt; }
h2 { font-variant: small-caps; font-weight: normal; font-size: 13pt; border-bottom: 0.8px solid #000; margin: 9pt 0 3pt; padding-bottom: 1pt; }
.row { display: flex; justify-content: space-between; margin-left: 6pt; }
.row.sub { font-style: italic; font-size: 9.5pt; }
.t { font-weight: bold; }
ul { margin: 1pt 0 4pt; padding-left: 22pt; font-size: 9.5pt; }
li { margin: 0; }
.skills { margin-left: 6pt; font-size: 9.5pt; }
.skills p { margin: 0; }
"""
    contact = [b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]

    def row(left, right="", cls=""):
        return f"<div class=\"row {cls}\"><span>{left}</span><span>{right}</span></div>"

    out = [f"<h1>{e(b['name'])}</h1>", "<div class=\"contact\">" + " | ".join(e(c) for c in contact) + "</div>"]
    out.append("<h2>Education</h2>")
    for ed in p["education"]:
        out += [row(f"<span class=\"t\">{e(ed['institution'])}</span>", e(span(ed, 'month', 'Present'))),
                row(e(f"{ed['studyType']} in {ed['area']}"), e(ed.get("score", "")), "sub")]
    out.append("<h2>Experience</h2>")
    for w in p["work"]:
        out += [row(f"<span class=\"t\">{e(w['position'])}</span>", e(span(w, 'month', 'Present'))),
                row(e(w["name"]), e(w["location"]), "sub"),
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            out += [row(f"<span class=\"t\">{e(pr['name'])}</span> | <i>{e(', '.join(pr['keywords']))}</i>"),
                    "<ul>", f"<li>{e(pr['description'])}</li>", "</ul>"]
    if p.get("publications"):
        out += ["<h2>Publications</h2>", "<ul>"]
        out += [f"<li>{e(x['name'])}. <i>{e(x['publisher'])}</i>, {x['releaseDate'][:4]}.</li>" for x in p["publications"]]
        out.append("</ul>")
    out += ["<h2>Technical Skills</h2>", "<div class=\"skills\">"]
    out += [f"<p><b>{e(s['name'])}</b>: {e(', '.join(s['keywords']))}</p>" for s in p["skills"]]
    if p.get("languages"):
        out.append("<p><b>Spoken Languages</b>: " + e(", ".join(f"{l['language']} ({l['fluency']})" for l in p["languages"])) + "</p>")
    out.append("</div>")
    if p.get("certificates"):
        out += ["<h2>Certifications</h2>", "<ul>"]
        out += [f"<li><b>{e(c['name'])}</b> \u2014 {e(c['issuer'])}, {fmt(c['date'], 'month')}</li>" for c in p["certificates"]]
        out.append("</ul>")
    shown = base(p, drop=["basics.label", "basics.summary", "basics.location"])
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 14. a web builder's page with a coloured rail

def reactive(p):
    """An open-source web builder's two-column page (Reactive-Resume-like): a coloured rail at the
    left with round initials where a photo would go, the contact lines without labels, skills as
    pill tags under small group names, and languages as the name over a level word; the main column
    with the name and label, the profile, and entries as a bold title, the employer or school in
    colour, and a muted small line under them with the dates and the place ("Mar 2021 - Present
    \u2022 Chicago, IL") or the grade; certificates as the name over "Issuer \u2022 Aug 2023"."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 0; }
body { font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9pt; color: #1f2933; margin: 0; }
.page { display: grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }
.rail { background: #1e3a5f; color: #f2f5f9; padding: 12mm 7mm; }
.avatar { width: 26mm; height: 26mm; border-radius: 50%; background: #9fb6d3; color: #1e3a5f; font-size: 20pt;
  font-weight: bold; display: flex; align-items: center; justify-content: center; margin: 0 auto 7mm; }
.rail h3 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 1pt; border-bottom: 1px solid #5d7fa8; margin: 10pt 0 4pt; padding-bottom: 2pt; }
.rail .item { margin: 0 0 3pt; overflow-wrap: anywhere; }
.rail h4 { font-size: 8.5pt; font-weight: normal; color: #c9d7ea; margin: 5pt 0 2pt; }
.row { display: flex; flex-wrap: wrap; gap: 3pt; }
.pill { background: #33557f; border-radius: 8pt; padding: 1pt 6pt; font-size: 8pt; }
.lang { margin-bottom: 4pt; }
.lang .lvl { color: #b5c6dc; font-size: 7.8pt; }
main { padding: 12mm 10mm; }
main h1 { font-size: 24pt; margin: 0; color: #1e3a5f; }
main .label { font-size: 11pt; color: #4a6a93; margin-bottom: 6pt; }
main h2 { font-size: 11pt; color: #1e3a5f; border-bottom: 2px solid #1e3a5f; margin: 10pt 0 4pt; padding-bottom: 1pt; }
.entry { margin-bottom: 6pt; }
.entry .title { font-weight: bold; font-size: 10pt; }
.entry .org { color: #4a6a93; }
.entry .meta { color: #8a94a0; font-size: 7.8pt; }
.entry p { margin: 1pt 0; }
main ul { margin: 2pt 0; padding-left: 12pt; }
"""
    dot = " \u2022 "
    initials = "".join(w[0] for w in b["name"].split()[:2])
    rail = ["<aside class=\"rail\">", f"<div class=\"avatar\">{e(initials)}</div>", "<h3>Contact</h3>",
            f"<div class=\"item\">{e(b['email'])}</div>", f"<div class=\"item\">{e(b['phone'])}</div>",
            f"<div class=\"item\">{e(place(b))}</div>"]
    if b.get("url"):
        rail.append(f"<div class=\"item\">{e(link_text(b['url']))}</div>")
    rail += [f"<div class=\"item\">{e(link_text(pr['url']))}</div>" for pr in b.get("profiles", [])]
    rail.append("<h3>Skills</h3>")
    for s in p["skills"]:
        rail += [f"<h4>{e(s['name'])}</h4>", "<div class=\"row\">"] + [f"<span class=\"pill\">{e(k)}</span>" for k in s["keywords"]] + ["</div>"]
    if p.get("languages"):
        rail.append("<h3>Languages</h3>")
        rail += [f"<div class=\"lang\"><div>{e(l['language'])}</div><div class=\"lvl\">{e(l['fluency'])}</div></div>" for l in p["languages"]]
    rail.append("</aside>")

    def entry(title, org, meta, body=()):
        parts = ["<div class=\"entry\">", f"<div class=\"title\">{e(title)}</div>"]
        if org:
            parts.append(f"<div class=\"org\">{e(org)}</div>")
        parts.append(f"<div class=\"meta\">{e(meta)}</div>")
        return parts + list(body) + ["</div>"]

    main = ["<main>", f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
            "<h2>Profile</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Experience</h2>"]
    for w in p["work"]:
        main += entry(w["position"], w["name"], span(w, "mon", "Present", " - ") + dot + w["location"],
                      ["<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"])
    main.append("<h2>Education</h2>")
    for ed in p["education"]:
        meta = span(ed, "mon", "Present", " - ") + (dot + ed["score"] if ed.get("score") else "")
        main += entry(ed["institution"], degree_area(ed), meta)
    if p.get("projects"):
        main.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            main += entry(pr["name"], "", dot.join(pr["keywords"]), [f"<p>{e(pr['description'])}</p>"])
    if p.get("certificates"):
        main.append("<h2>Certifications</h2>")
        for c in p["certificates"]:
            main += entry(c["name"], "", c["issuer"] + dot + fmt(c["date"], "mon"))
    if p.get("publications"):
        main.append("<h2>Publications</h2>")
        for x in p["publications"]:
            main += entry(x["name"], "", x["publisher"] + dot + x["releaseDate"][:4])
    main.append("</main>")
    shown = base(p)
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "<div class=\"page\">\n" + "\n".join(rail + main) + "\n</div>"), shown


# ---------------------------------------------------------------- 11. moderncv-like (held back, second set)

def classic(p):
    """A moderncv-like "classic" page: name and label at the left with contact lines at the right
    of the header; section titles after a coloured bar in the left margin column; every entry
    with its dates in that margin column, then "Role, Employer, Place" on one line (the employer
    in italic) and its bullets; degrees as "Degree in Area, School, grade"; skills and languages
    as margin label and text."""
    b = p["basics"]
    css = """
@page { size: A4; margin: 16mm 18mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #222; margin: 0; }
.head { display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 8pt; }
.head h1 { font-size: 26pt; font-weight: normal; color: #3873b3; margin: 0; }
.head .label { font-size: 13pt; color: #777; font-style: italic; }
.head .contact { text-align: right; font-size: 9pt; }
.sec { display: grid; grid-template-columns: 30mm 1fr; column-gap: 6pt; margin: 10pt 0 4pt; align-items: center; }
.sec .bar { height: 5pt; background: #3873b3; }
.sec h2 { font-size: 13pt; color: #3873b3; font-weight: normal; margin: 0; }
.it { display: grid; grid-template-columns: 30mm 1fr; column-gap: 6pt; margin-bottom: 4pt; }
.it .m { text-align: right; color: #444; }
.it i { color: #444; }
ul { margin: 1pt 0; padding-left: 14pt; }
"""
    contact = [place(b), b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]

    def sec(t):
        return f"<div class=\"sec\"><div class=\"bar\"></div><h2>{e(t)}</h2></div>"

    def item(margin, body):
        return f"<div class=\"it\"><div class=\"m\">{margin}</div><div>{body}</div></div>"

    def years(x):
        start, end = x.get("startDate"), x.get("endDate")
        return (start[:4] if start else "") + "\u2013" + (end[:4] if end else "today")

    out = ["<div class=\"head\"><div>", f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div></div>",
           "<div class=\"contact\">" + "<br>".join(e(c) for c in contact) + "</div></div>",
           sec("Summary"), item("", e(b["summary"])), sec("Experience")]
    for w in p["work"]:
        out.append(item(years(w), f"<b>{e(w['position'])}</b>, <i>{e(w['name'])}</i>, {e(w['location'])}"
                        + "<ul>" + "".join(f"<li>{e(h)}</li>" for h in w["highlights"]) + "</ul>"))
    out.append(sec("Education"))
    for ed in p["education"]:
        out.append(item(years(ed), f"<b>{e(ed['studyType'])} in {e(ed['area'])}</b>, <i>{e(ed['institution'])}</i>"
                        + (f", {e(ed['score'])}" if ed.get("score") else "")))
    if p.get("projects"):
        out.append(sec("Projects"))
        out += [item("", f"<b>{e(pr['name'])}</b>, {e(pr['description'])} <i>{e(', '.join(pr['keywords']))}</i>") for pr in p["projects"]]
    if p.get("publications"):
        out.append(sec("Publications"))
        out += [item(x["releaseDate"][:4], f"{e(x['name'])}, <i>{e(x['publisher'])}</i>") for x in p["publications"]]
    out.append(sec("Skills"))
    out += [item(f"<b>{e(s['name'])}</b>", e(", ".join(s["keywords"]))) for s in p["skills"]]
    if p.get("certificates"):
        out.append(sec("Certificates"))
        out += [item(c["date"][:4], f"{e(c['name'])}, <i>{e(c['issuer'])}</i>") for c in p["certificates"]]
    if p.get("languages"):
        out.append(sec("Languages"))
        out += [item(f"<b>{e(l['language'])}</b>", e(l["fluency"])) for l in p["languages"]]
    shown = base(p)
    for section in ("work", "education"):
        for x in shown.get(section, []):
            year_only(x, "startDate", "endDate")
    for c in shown.get("certificates", []):
        year_only(c, "date")
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 12. Google-Docs-template-like (held back, second set)

def gdocs(p):
    """A document from an online word processor's resume template: a large name, the contact
    stacked at the top, coloured small headings, each job as "Employer, Place \u2014 Role" with
    the employer in bold and the dates under it in grey capitals ("MARCH 2020 - PRESENT"),
    schools as "School \u2014 Degree, Area", and skills as bullets of "Group: a, b, c"."""
    b = p["basics"]
    css = """
@page { size: Letter; margin: 0.6in 0.75in; }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #444; margin: 0; }
h1 { font-size: 28pt; color: #000; margin: 0; font-weight: bold; }
.label { font-size: 12pt; color: #ff5e0e; margin-bottom: 4pt; }
.contact p { margin: 0; font-size: 9pt; }
h2 { font-size: 10.5pt; color: #ff5e0e; text-transform: uppercase; letter-spacing: 1pt; margin: 14pt 0 4pt; }
h3 { font-size: 11pt; color: #000; font-weight: normal; margin: 8pt 0 0; }
h3 b { font-weight: bold; }
.d { font-size: 8pt; color: #666; text-transform: uppercase; margin: 1pt 0 2pt; }
ul { margin: 1pt 0; padding-left: 16pt; }
p { margin: 0 0 3pt; }
"""
    contact = [place(b), b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]
    out = [f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
           "<div class=\"contact\">" + "".join(f"<p>{e(c)}</p>" for c in contact) + "</div>",
           "<h2>Summary</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Experience</h2>"]
    for w in p["work"]:
        out += [f"<h3><b>{e(w['name'])}</b>, {e(w['location'])}{EM}<i>{e(w['position'])}</i></h3>",
                f"<div class=\"d\">{e(span(w, 'month', 'Present', ' - '))}</div>",
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    out.append("<h2>Education</h2>")
    for ed in p["education"]:
        out += [f"<h3><b>{e(ed['institution'])}</b>{EM}<i>{e(ed['studyType'])}, {e(ed['area'])}</i></h3>",
                f"<div class=\"d\">{e(span(ed, 'month', 'Present', ' - '))}</div>"]
        if ed.get("score"):
            out.append(f"<p>{e(ed['score'])}</p>")
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            out += [f"<h3><b>{e(pr['name'])}</b>{EM}<i>{e(', '.join(pr['keywords']))}</i></h3>", f"<p>{e(pr['description'])}</p>"]
    out += ["<h2>Skills</h2>", "<ul>"] + [f"<li>{e(s['name'])}: {e(', '.join(s['keywords']))}</li>" for s in p["skills"]] + ["</ul>"]
    if p.get("certificates"):
        out += ["<h2>Awards and certificates</h2>", "<ul>"]
        out += [f"<li><b>{e(c['name'])}</b>, {e(c['issuer'])} ({fmt(c['date'], 'month')})</li>" for c in p["certificates"]]
        out.append("</ul>")
    if p.get("publications"):
        out += ["<h2>Publications</h2>", "<ul>"]
        out += [f"<li>{e(x['name'])}. <i>{e(x['publisher'])}</i>, {x['releaseDate'][:4]}</li>" for x in p["publications"]]
        out.append("</ul>")
    if p.get("languages"):
        out += ["<h2>Languages</h2>", "<p>" + "; ".join(f"{e(l['language'])} ({e(l['fluency'])})" for l in p["languages"]) + "</p>"]
    shown = base(p)
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 15. right sidebar, boxes and glyphs (held back, third set)

def rightbar(p):
    """A "modern" online builder's page with the sidebar on the RIGHT: the name and label over the
    main column, section headings led by an icon-font glyph written into the heading's text (so
    every format holds it, unlike the CSS glyphs of the icons layout), jobs as a bold title over
    "Employer, Place" with mm/yyyy dates at the right; the right column holds the contact lines
    after Unicode symbols (an envelope, a telephone, a house, a link), skills under their group
    names with a row of five drawn boxes after each keyword (the level is drawn, never written),
    languages with boxes only, and certificates as the name over "Issuer \u00b7 Year"."""
    b = p["basics"]
    css = f"""
@page {{ size: A4; margin: 0; }}
body {{ font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9pt; color: #263238; margin: 0; }}
.page {{ display: grid; grid-template-columns: 1fr 64mm; min-height: 297mm; }}
main {{ padding: 12mm 9mm 10mm 13mm; }}
aside {{ background: #eef3f7; padding: 12mm 7mm; border-left: 3pt solid #2b6cb0; }}
h1 {{ font-size: 25pt; margin: 0; color: #1a365d; letter-spacing: 0.5pt; }}
.label {{ font-size: 12pt; color: #2b6cb0; margin: 1pt 0 8pt; }}
h2 {{ font-size: 11pt; color: #1a365d; text-transform: uppercase; letter-spacing: 0.8pt; margin: 11pt 0 4pt;
  padding-bottom: 2pt; border-bottom: 1px solid #cbd5e0; }}
aside h2 {{ font-size: 10pt; }}
.gl {{ {ICON_CSS} color: #2b6cb0; margin-right: 5pt; }}
.job {{ margin-bottom: 6pt; }}
.job .t {{ font-weight: bold; font-size: 10pt; }}
.row {{ display: flex; justify-content: space-between; color: #4a5568; }}
.row .d {{ color: #2b6cb0; white-space: nowrap; margin-left: 8pt; }}
main ul {{ margin: 2pt 0; padding-left: 13pt; }}
main p {{ margin: 1pt 0 3pt; }}
.c {{ margin: 0 0 3pt; overflow-wrap: anywhere; }}
.c .sym {{ display: inline-block; width: 11pt; color: #2b6cb0; }}
aside h3 {{ font-size: 8.5pt; color: #4a5568; margin: 6pt 0 2pt; font-weight: bold; }}
.sk {{ display: flex; justify-content: space-between; align-items: center; margin: 0 0 2pt; }}
.boxes {{ display: flex; gap: 1.5pt; }}
.boxes i {{ display: block; width: 6pt; height: 6pt; border: 0.8pt solid #2b6cb0; }}
.boxes i.on {{ background: #2b6cb0; }}
.cert {{ margin: 0 0 4pt; }}
.cert .m {{ color: #4a5568; font-size: 8pt; }}
"""

    def heading(glyph, text):
        return f"<h2><span class=\"gl\">{glyph}</span>{e(text)}</h2>"

    def boxes(n):
        return "<span class=\"boxes\">" + "".join("<i class=\"on\"></i>" if k < n else "<i></i>" for k in range(5)) + "</span>"

    main = ["<main>", f"<h1>{e(b['name'])}</h1>", f"<div class=\"label\">{e(b['label'])}</div>",
            heading(ICON_USER, "Profile"), f"<p>{e(b['summary'])}</p>", heading(ICON_WORK, "Experience")]
    for w in p["work"]:
        main += ["<div class=\"job\">", f"<div class=\"t\">{e(w['position'])}</div>",
                 f"<div class=\"row\"><span>{e(w['name'])}, {e(w['location'])}</span>"
                 f"<span class=\"d\">{e(span(w, 'mm/yyyy', 'Present'))}</span></div>",
                 "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>", "</div>"]
    main.append(heading(ICON_SCHOOL, "Education"))
    for ed in p["education"]:
        main += ["<div class=\"job\">", f"<div class=\"t\">{e(degree_area(ed))}</div>",
                 f"<div class=\"row\"><span>{e(ed['institution'])}</span><span class=\"d\">{e(span(ed, 'mm/yyyy', 'Present'))}</span></div>"]
        if ed.get("score"):
            main.append(f"<p>{e(ed['score'])}</p>")
        main.append("</div>")
    if p.get("projects"):
        main.append(heading(ICON_TOOLS, "Projects"))
        for pr in p["projects"]:
            main += ["<div class=\"job\">", f"<div class=\"t\">{e(pr['name'])}</div>", f"<p>{e(pr['description'])}</p>",
                     f"<p>{e(', '.join(pr['keywords']))}</p>", "</div>"]
    if p.get("publications"):
        main += [heading(ICON_BOOK, "Publications"), "<ul>"]
        main += [f"<li>{e(x['name'])}. {e(x['publisher'])}, {x['releaseDate'][:4]}.</li>" for x in p["publications"]]
        main.append("</ul>")
    main.append("</main>")
    contact = [("\u2709", b["email"]), ("\u260e", b["phone"]), ("\u2302", place(b))]
    if b.get("url"):
        contact.append(("\u21d7", link_text(b["url"])))
    contact += [("\u21d7", link_text(pr["url"])) for pr in b.get("profiles", [])]
    side = ["<aside>", heading(ICON_PHONE, "Contact")]
    side += [f"<div class=\"c\"><span class=\"sym\">{sym}</span>{e(text)}</div>" for sym, text in contact]
    side.append(heading(ICON_TOOLS, "Skills"))
    for i, s in enumerate(p["skills"]):
        side.append(f"<h3>{e(s['name'])}</h3>")
        side += [f"<div class=\"sk\"><span>{e(k)}</span>{boxes(5 - (i + j) % 3)}</div>" for j, k in enumerate(s["keywords"])]
    if p.get("languages"):
        side.append(heading(ICON_USER, "Languages"))
        for l in p["languages"]:
            level = 5 if l["fluency"].lower().startswith(("native", "mother")) else 4 if l["fluency"].lower().startswith("fluent") else 3
            side.append(f"<div class=\"sk\"><span>{e(l['language'])}</span>{boxes(level)}</div>")
    if p.get("certificates"):
        side.append(heading(ICON_BOOK, "Certificates"))
        side += [f"<div class=\"cert\"><div>{e(c['name'])}</div><div class=\"m\">{e(c['issuer'])} \u00b7 {c['date'][:4]}</div></div>"
                 for c in p["certificates"]]
    side.append("</aside>")
    shown = base(p, drop=["languages.fluency"])
    for c in shown.get("certificates", []):
        year_only(c, "date")
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "<div class=\"page\">\n" + "\n".join(main + side) + "\n</div>"), shown


# ---------------------------------------------------------------- 16. word-processor hybrid resume (held back, third set)

def hybrid(p):
    """A word processor's "functional/hybrid" resume: the name with the label after a bar, one
    contact line split by bullets, a "Summary of Qualifications", then a "Core Competencies" grid
    of every skill keyword in three columns (no group names) before a compact "Work History", where
    each job is one line of employer, title, place and dates set at tab stops (tab characters in the
    text, as a word processor's tabs are) over its bullets; education in a ruled table with a header
    row (Degree, Field, Institution, Years, Result), years only; certificates and languages as
    plain lines."""
    b = p["basics"]
    css = """
@page { size: Letter; margin: 0.7in 0.8in; }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #111; margin: 0; }
h1 { font-size: 20pt; margin: 0; font-weight: bold; }
h1 .lb { font-weight: normal; color: #555; font-size: 13pt; }
.contact { font-size: 9pt; margin: 2pt 0 8pt; border-bottom: 2pt solid #333; padding-bottom: 4pt; }
h2 { font-size: 10.5pt; font-variant: small-caps; letter-spacing: 1pt; margin: 11pt 0 4pt; color: #222; }
p { margin: 0 0 3pt; }
table.grid { width: 100%; border-collapse: collapse; }
table.grid td { width: 33%; padding: 0 0 1pt 10pt; text-indent: -8pt; }
p.tabs { white-space: pre; tab-size: 2; margin: 6pt 0 0; }
p.tabs span { display: inline-block; vertical-align: top; white-space: nowrap; overflow: hidden; }
p.tabs .a { width: 2.0in; font-weight: bold; }
p.tabs .b { width: 2.2in; }
p.tabs .c { width: 1.1in; font-style: italic; }
ul { margin: 1pt 0 2pt; padding-left: 18pt; }
table.ed { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.ed th, table.ed td { border: 0.75pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
table.ed th { background: #e8e8e8; }
"""
    contact = [place(b), b["phone"], b["email"]] + ([link_text(b["url"])] if b.get("url") else [])
    contact += [link_text(pr["url"]) for pr in b.get("profiles", [])]
    out = [f"<h1>{e(b['name'])} <span class=\"lb\">| {e(b['label'])}</span></h1>",
           "<div class=\"contact\">" + " \u2022 ".join(e(c) for c in contact) + "</div>",
           "<h2>Summary of Qualifications</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Core Competencies</h2>"]
    keywords = [k for s in p["skills"] for k in s["keywords"]]
    rows = [keywords[i:i + 3] for i in range(0, len(keywords), 3)]
    out.append("<table class=\"grid\">" + "".join(
        "<tr>" + "".join(f"<td>\u25aa {e(k)}</td>" for k in row) + "</tr>" for row in rows) + "</table>")
    out.append("<h2>Work History</h2>")
    for w in p["work"]:
        out += [f"<p class=\"tabs\"><span class=\"a\">{e(w['name'])}</span>\t<span class=\"b\">{e(w['position'])}</span>\t"
                f"<span class=\"c\">{e(w['location'])}</span>\t<span>{e(span(w, 'mon', 'Present'))}</span></p>",
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        out += [f"<p><b>{e(pr['name'])}</b> ({e(', '.join(pr['keywords']))}): {e(pr['description'])}</p>" for pr in p["projects"]]
    out += ["<h2>Education</h2>", "<table class=\"ed\"><tr><th>Degree</th><th>Field</th><th>Institution</th><th>Years</th><th>Result</th></tr>"]
    for ed in p["education"]:
        years = span(ed, "year", "Present", "\u2013")
        out.append(f"<tr><td>{e(ed['studyType'])}</td><td>{e(ed['area'])}</td><td>{e(ed['institution'])}</td>"
                   f"<td>{e(years)}</td><td>{e(ed.get('score', ''))}</td></tr>")
    out.append("</table>")
    if p.get("publications"):
        out += ["<h2>Publications</h2>", "<ol>"]
        out += [f"<li>{e(x['name'])}. <i>{e(x['publisher'])}</i>, {x['releaseDate'][:4]}.</li>" for x in p["publications"]]
        out.append("</ol>")
    if p.get("certificates"):
        out.append("<h2>Certifications</h2>")
        out += [f"<p>{e(c['name'])}, {e(c['issuer'])}, {c['date'][:4]}</p>" for c in p["certificates"]]
    if p.get("languages"):
        out += ["<h2>Languages</h2>", "<p>" + ", ".join(f"{e(l['language'])} ({e(l['fluency'])})" for l in p["languages"]) + "</p>"]
    shown = base(p)
    # a grid of keywords names no group: each keyword stands alone, as on the timeline page
    shown["skills"] = [{"name": k} for k in keywords]
    for ed in shown.get("education", []):
        year_only(ed, "startDate", "endDate")
    for c in shown.get("certificates", []):
        year_only(c, "date")
    for x in shown.get("publications", []):
        year_only(x, "releaseDate")
    return page(b["name"], css, "\n".join(out)), shown


# ---------------------------------------------------------------- 17. Indian campus-placement one-pager (held back, third set)

# Positions held at college, which the people's documents do not carry: the campus page prints
# them, so its expected document has them as volunteer entries (organisation, position, years).
POSITIONS = {
    "rahul-verma": [{"organization": "VIT Coding Club", "position": "Technical Secretary",
                     "startDate": "2023-07", "endDate": "2024-06"},
                    {"organization": "Riviera Cultural Fest", "position": "Volunteer Coordinator",
                     "startDate": "2022-02", "endDate": "2023-02"}],
    "aditya-nair": [{"organization": "CET Automotive Club", "position": "Treasurer",
                     "startDate": "2020-08", "endDate": "2021-07"}],
    "ananya-krishnan": [{"organization": "Christ University Placement Cell", "position": "Student Placement Coordinator",
                         "startDate": "2018-06", "endDate": "2019-04"}],
}
DECLARATION = "I hereby declare that the information furnished above is true to the best of my knowledge and belief."


def campus(p):
    """An Indian campus-placement one-pager as college placement cells circulate them: a serif
    face, the name in bold capitals with labelled contact lines under it (Email:, Mobile:,
    Address:, GitHub:), "Career Objective", an "Academic Details" table with a header row
    (Qualification, Institute / Board, Year of Passing, CGPA / Percentage), "Technical Skills" as a
    ruled table of labelled rows, internships or work experience as "Role, Employer, Place (Mon YYYY
    - Mon YYYY)", "Projects" with a Technologies line, "Certifications", "Positions of
    Responsibility", "Languages Known" and a "Declaration" at the end; no label."""
    b = p["basics"]
    person = b["name"].lower().replace(" ", "-")
    positions = POSITIONS.get(person, [])
    css = """
@page { size: A4; margin: 12mm 14mm; }
body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 10.5pt; color: #000; margin: 0; }
h1 { font-size: 17pt; margin: 0; text-align: center; letter-spacing: 0.5pt; }
.contact { text-align: center; font-size: 9.5pt; margin: 2pt 0 6pt; }
.contact p { margin: 0; }
h2 { font-size: 11pt; background: #d9d9d9; padding: 1pt 4pt; margin: 8pt 0 3pt; text-transform: uppercase; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; }
th, td { border: 0.75pt solid #000; padding: 1.5pt 4pt; text-align: left; vertical-align: top; }
th { font-weight: bold; }
td.lbl { width: 38mm; font-weight: bold; }
p { margin: 0 0 2pt; }
ul { margin: 1pt 0 3pt; padding-left: 16pt; }
.sign { text-align: right; margin-top: 8pt; font-weight: bold; }
"""
    lines = [f"Email: {e(b['email'])} | Mobile: {e(b['phone'])}", f"Address: {e(place(b))}"]
    links = []
    if b.get("url"):
        links.append(f"Website: {e(link_text(b['url']))}")
    links += [f"{e(pr['network'])}: {e(link_text(pr['url']))}" for pr in b.get("profiles", [])]
    if links:
        lines.append(" | ".join(links))
    out = [f"<h1>{e(b['name'].upper())}</h1>", "<div class=\"contact\">" + "".join(f"<p>{x}</p>" for x in lines) + "</div>",
           "<h2>Career Objective</h2>", f"<p>{e(b['summary'])}</p>", "<h2>Academic Details</h2>",
           "<table><tr><th>Qualification</th><th>Institute / Board</th><th>Year of Passing</th><th>CGPA / Percentage</th></tr>"]
    for ed in p["education"]:
        # "B.Tech (Computer Science and Engineering)", but "Class XII (CBSE), Science" after a board in brackets
        qualification = f"{ed['studyType']}, {ed['area']}" if ed["studyType"].endswith(")") else f"{ed['studyType']} ({ed['area']})"
        out.append(f"<tr><td>{e(qualification)}</td><td>{e(ed['institution'])}</td>"
                   f"<td>{e(ed['endDate'][:4]) if ed.get('endDate') else 'Pursuing'}</td><td>{e(ed.get('score', ''))}</td></tr>")
    out += ["</table>", "<h2>Technical Skills</h2>", "<table>"]
    out += [f"<tr><td class=\"lbl\">{e(s['name'])}</td><td>{e(', '.join(s['keywords']))}</td></tr>" for s in p["skills"]]
    out.append("</table>")
    intern = all("intern" in w["position"].lower() for w in p["work"])
    out.append("<h2>Internships</h2>" if intern else "<h2>Work Experience</h2>")
    for w in p["work"]:
        out += [f"<p><b>{e(w['position'])}, {e(w['name'])}, {e(w['location'])}</b> ({e(span(w, 'mon', 'Present', ' - '))})</p>",
                "<ul>"] + [f"<li>{e(h)}</li>" for h in w["highlights"]] + ["</ul>"]
    if p.get("projects"):
        out.append("<h2>Projects</h2>")
        for pr in p["projects"]:
            out += [f"<p><b>{e(pr['name'])}</b></p>", f"<p><i>Technologies:</i> {e(', '.join(pr['keywords']))}</p>",
                    "<ul>", f"<li>{e(pr['description'])}</li>", "</ul>"]
    if p.get("certificates"):
        out += ["<h2>Certifications</h2>", "<ul>"]
        out += [f"<li>{e(c['name'])} \u2013 {e(c['issuer'])} ({fmt(c['date'], 'mon')})</li>" for c in p["certificates"]]
        out.append("</ul>")
    if positions:
        out += ["<h2>Positions of Responsibility</h2>", "<ul>"]
        out += [f"<li>{e(x['position'])}, {e(x['organization'])} ({e(span(x, 'year', 'Present', ' - '))})</li>"
                for x in positions]
        out.append("</ul>")
    if p.get("languages"):
        out += ["<h2>Languages Known</h2>", "<p>" + ", ".join(e(l["language"]) for l in p["languages"]) + "</p>"]
    out += ["<h2>Declaration</h2>", f"<p>{e(DECLARATION)}</p>", f"<p class=\"sign\">({e(b['name'])})</p>"]
    shown = base(p, drop=["basics.label", "publications", "languages.fluency"])
    for ed in shown.get("education", []):
        ed.pop("startDate", None)
        year_only(ed, "endDate")
    if positions:
        shown["volunteer"] = copy.deepcopy(positions)
        for x in shown["volunteer"]:
            year_only(x, "startDate", "endDate")
    # the declaration is printed text the person wrote: a section of its own, titled as printed
    shown.setdefault("meta", {}).setdefault("createYourResume", {})["customSections"] = [
        {"id": "declaration", "title": "Declaration", "entries": [{"summary": DECLARATION}]}]
    return page(b["name"], css, "\n".join(out)), shown


STYLES = {"flat": flat, "icons": icons, "sidebar": sidebar, "twocol": twocol, "wordproc": wordproc,
          "table": table, "latex": latex, "europass": europass, "awesome": awesome, "timeline": timeline,
          "classic": classic, "gdocs": gdocs, "jakes": jakes, "reactive": reactive,
          "rightbar": rightbar, "hybrid": hybrid, "campus": campus}
