"""The article text with its claims highlighted: spans split so overlapping claims nest."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Claim


class ClaimSpan(NamedTuple):
    """What the highlighted text needs of a claim: a model instance per claim costs more."""

    pk: int
    start: int
    end: int
    verdict: str


def claim_spans(article_id: int):
    """(pk, start, end, verdict) of every claim of the article, in reading order."""
    return Claim.objects.filter(article_id=article_id).values_list("pk", "start", "end", "verdict")


@dataclass
class Segment:
    """A run of article text covered by the same claims; `claim` colours it."""

    text: str
    claim: ClaimSpan | Claim | None = None
    claims: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)


def article_segments(text: str, claims: list[ClaimSpan] | list[Claim]) -> list[Segment]:
    """Split the text at every claim boundary so overlapping spans nest cleanly.

    Each segment is plain text for the template to escape; the innermost claim
    covering it decides its colour, and all covering claims are listed.
    """
    size = len(text)
    spans = [(min(c.start, size), min(c.end, size), c) for c in claims]
    spans = [(s, e, c) for s, e, c in spans if s < e]
    bounds = sorted({0, size, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    opening = defaultdict(list)
    for s, e, c in spans:
        opening[s].append((s, e, c))
    active: list[tuple] = []
    segments = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [span for span in active if span[1] > a] + opening.get(a, [])
        if not active:
            segments.append(Segment(text[a:b]))
            continue
        innermost = min(active, key=lambda span: (span[1] - span[0], span[2].pk))[2]
        segments.append(
            Segment(
                text[a:b],
                claim=innermost,
                claims=[c.pk for _, _, c in active],
                starts=[c.pk for _, _, c in opening.get(a, [])],
            )
        )
    return segments


def highlighted_text(text: str, claims: list[ClaimSpan]) -> SafeString:
    """The article text, escaped, with a <mark> per segment that claims cover.

    Built here rather than in a template loop: an article with hundreds of claims
    has a thousand segments, and this is the hot path of the review page.
    """
    parts = []
    for segment in article_segments(text, claims):
        for pk in segment.starts:
            parts.append(format_html('<span class="anchor" id="span-{}"></span>', pk))
        if segment.claim is None:
            parts.append(escape(segment.text))
            continue
        parts.append(
            format_html(
                '<mark class="v-{}{}" data-claim="{}" data-claims="{}">{}</mark>',
                segment.claim.verdict,
                " overlap" if len(segment.claims) > 1 else "",
                segment.claim.pk,
                " ".join(map(str, segment.claims)),
                segment.text,
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped
