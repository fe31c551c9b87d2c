"""Small HTML checks for accessibility tests: heading order and the ids that ARIA attributes
point to. Built on the standard library's parser, so any rendered page can be checked."""

from html.parser import HTMLParser

HEADINGS = {f"h{level}": level for level in range(1, 7)}


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings = []  # [level, text]
        self.ids = set()
        self.describedby = []  # (element's id or name, referenced id)
        self._open = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for target in (attrs.get("aria-describedby") or "").split():
            self.describedby.append((attrs.get("id") or attrs.get("name") or tag, target))
        if tag in HEADINGS:
            self._open = [HEADINGS[tag], ""]
            self.headings.append(self._open)

    def handle_endtag(self, tag):
        if tag in HEADINGS:
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data


def outline(html):
    parser = _Outline()
    parser.feed(html)
    parser.close()
    return parser


def heading_skips(html):
    """Headings that come more than one level below the heading before them (or a first
    heading that is not h1), as "h1 Title -> h3 Other" strings; [] when the order is right."""
    skips, previous = [], (0, "(start of page)")
    for level, text in outline(html).headings:
        if level > previous[0] + 1:
            skips.append(f"h{previous[0]} {previous[1].strip()} -> h{level} {text.strip()}")
        previous = (level, text)
    return skips


def missing_describedby_ids(html):
    """(element, id) pairs whose aria-describedby names an id that is not in the page."""
    parsed = outline(html)
    return [(element, target) for element, target in parsed.describedby
            if target not in parsed.ids]
