"""Markdown-lite for comments: links, **strong**, *emphasis*, paragraphs and @mentions.

Everything is escaped first and only these few forms are turned into markup, so no
HTML a commenter types ever reaches the page as HTML.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Matched on escaped text: a quote or angle bracket in an address is already an entity.
_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((https?://[^\s()]{1,500})\)")
_BARE_URL = re.compile(r"(?<![\"=>\w/])(https?://[^\s<()]{1,500})")
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![*\w])")
# A username as Django allows it, after a space or the start; not an e-mail address.
MENTION = re.compile(r"(?<![\w@./])@([\w.+-]{0,149}[\w+-])")


def mentioned_names(text: str) -> set[str]:
    """The usernames `text` mentions, without the @, as typed."""
    return set(MENTION.findall(text))


def _link(url: str, label: str) -> str:
    return f'<a href="{url}" rel="nofollow noopener noreferrer">{label}</a>'


def render(text: str) -> SafeString:
    """The comment as safe HTML: paragraphs, line breaks, links, emphasis, mentions."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", escape(text.strip())):
        html = _LINK.sub(lambda m: _link(m.group(2), m.group(1)), block)
        html = _BARE_URL.sub(lambda m: _link(m.group(1), m.group(1)), html)
        html = _STRONG.sub(r"<strong>\1</strong>", html)
        html = _EMPHASIS.sub(r"<em>\1</em>", html)
        html = MENTION.sub(r'<span class="mention">@\1</span>', html)
        paragraphs.append("<p>" + html.replace("\n", "<br>") + "</p>")
    return mark_safe("".join(paragraphs))  # noqa: S308 - built from escaped text only
