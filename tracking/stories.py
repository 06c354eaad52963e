"""Stories: filing articles under the events the desk follows, merging two stories,
and suggesting the stories a newly extracted article likely belongs to."""

import calendar
import datetime
import re
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, Value
from django.utils import timezone

from claims.models import Claim
from sources.models import Article
from tracking import summary
from tracking.models import Story, StoryArticle, StorySuggestion, article_day, headline_and_lede
from tracking.similarity import Similarity, TrigramMatch, in_database, match_from, similarity

# Articles on one event run within days of each other: a story is suggested for an
# article only if one of its articles was published this close to it.
SUGGESTION_WINDOW = datetime.timedelta(days=7)
# Below this score a suggestion would be noise on the article page.
SUGGESTION_THRESHOLD = 0.35
SUGGESTIONS_PER_ARTICLE = 3
# Headlines and ledes less alike than this are not compared further: unrelated
# reports' ledes are about 0.2 alike in trigrams (shared short words), so below it
# the index would return most of the window.
WORDING_FLOOR = 0.3
# The best worded filings scored, which bounds the work per article.
CANDIDATES = 50
# Where the database cannot measure likeness (SQLite), the window's latest filings
# measured in Python.
FALLBACK_FILINGS = 1000
# What makes the score: headline and lede alike, names shared, dates close.
WEIGHTS = {"wording": 0.45, "names": 0.4, "date": 0.15}

# A capitalised word inside a sentence: a place, an organisation, a person.
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z][\w'’-]+(?: [A-Z][a-z][\w'’-]*)*")
# Capitalised, but shared by every report of a week: no sign of the same event.
_NOT_NAMES = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)


def create_story(*, title: str, description: str = "", by) -> Story:
    title = title.strip()
    if not title:
        raise ValidationError("A story needs a title.")
    return Story.objects.create(title=title[:200], description=description.strip(), created_by=by)


def story_named(*, title: str, by) -> tuple[Story, bool]:
    """The story with this title (the oldest, if two share it), or a new one."""
    found = Story.objects.filter(title=title.strip()).order_by("pk").first()
    return (found, False) if found else (create_story(title=title, by=by), True)


def file_articles(*, story: Story, article_ids: list[int], by) -> int:
    """File the articles under the story; returns how many were not filed there yet."""
    with transaction.atomic():
        before = story.filings.count()
        StoryArticle.objects.bulk_create(
            [StoryArticle(story=story, article_id=pk, added_by=by) for pk in article_ids],
            ignore_conflicts=True,
        )
        story.filings.filter(article_id__in=article_ids, day__isnull=True).copy_from_articles()
        StorySuggestion.objects.filter(story=story, article_id__in=article_ids).update(
            state=StorySuggestion.State.ACCEPTED, decided_by=by, decided_at=timezone.now()
        )
        refresh_latest(story=story)
        summary.refresh_articles(article_ids=article_ids)
        return story.filings.count() - before


def remove_article(*, story: Story, article: Article) -> None:
    with transaction.atomic():
        StoryArticle.objects.filter(story=story, article=article).delete()
        refresh_latest(story=story)
        summary.refresh(story_id=story.pk, days={article.published})


def refresh_latest(*, story: Story) -> None:
    """Keep the story's place in the list: its latest article's publication date."""
    latest = story.articles.aggregate(latest=Max(article_day()))["latest"]
    story.latest = latest or story.created_at.date()
    Story.objects.filter(pk=story.pk).update(latest=story.latest)


def merge_stories(*, keep: Story, drop: Story, by) -> Story:
    """Move the articles and open questions of `drop` into `keep` and delete `drop`."""
    if keep.pk == drop.pk:
        raise ValidationError("A story cannot be merged with itself.")
    with transaction.atomic():
        StoryArticle.objects.bulk_create(
            [
                StoryArticle(
                    story=keep,
                    article_id=f.article_id,
                    added_by=f.added_by_id and by,
                    headline=f.headline,
                    day=f.day,
                )
                for f in drop.filings.all()
            ],
            ignore_conflicts=True,
        )
        # A question already asked about `keep` keeps its answer.
        drop.suggestions.filter(article__suggestions__story=keep).delete()
        drop.suggestions.update(story=keep)
        if drop.description and drop.description not in keep.description:
            keep.description = "\n\n".join(filter(None, [keep.description, drop.description]))
            keep.save(update_fields=["description"])
        moved = set(drop.filings.values_list("article__published", flat=True))
        drop.delete()
        refresh_latest(story=keep)
        summary.refresh(story_id=keep.pk, days=moved)
    return keep


def decide_suggestion(*, suggestion: StorySuggestion, accept: bool, by) -> None:
    """An editor's answer to "Belongs to: X?"; a rejection is never asked again."""
    with transaction.atomic():
        if accept:
            file_articles(story=suggestion.story, article_ids=[suggestion.article_id], by=by)
        StorySuggestion.objects.filter(pk=suggestion.pk).update(
            state=StorySuggestion.State.ACCEPTED if accept else StorySuggestion.State.REJECTED,
            decided_by=by,
            decided_at=timezone.now(),
        )


def names_in(text: str) -> set[str]:
    """The names a text mentions mid-sentence, lower-cased."""
    return {match.lower() for match in _NAME.findall(text)} - _NOT_NAMES


def suggest_stories(*, article_id: int) -> list[StorySuggestion]:
    """Offer the open stories the article likely belongs to, best first.

    A story is a candidate when one of its articles was published within
    SUGGESTION_WINDOW of this one with a headline and lede at least WORDING_FLOOR
    alike (pg_trgm on PostgreSQL, from the filings' trigram index, so the articles
    nobody filed are never read). The CANDIDATES best worded such filings score on
    that likeness, the names (places, organisations, people, the claims' speakers)
    they share, and how close the dates are. A pair the article was ever offered is
    left as it is, so a rejection stands.
    """
    article = (
        Article.objects.filter(pk=article_id)
        .annotate(headline=headline_and_lede())
        .values_list("headline", "published", "created_at")
        .first()
    )
    if article is None:
        return []
    headline, published, created_at = article
    day = published or timezone.localdate(created_at)
    window = (
        StoryArticle.objects.filter(
            story__state=Story.State.OPEN,
            day__gte=day - SUGGESTION_WINDOW,
            day__lte=day + SUGGESTION_WINDOW,
        )
        .exclude(story__filings__article_id=article_id)
        .exclude(story__suggestions__article_id=article_id)
    )
    columns = ["story_id", "article_id", "day", "headline"]
    if in_database():
        with transaction.atomic():
            match_from(WORDING_FLOOR, from_index=True)
            # The best worded first, and no more than can become candidates.
            rows = list(
                window.filter(TrigramMatch(F("headline"), Value(headline)))
                .annotate(wording=Similarity(F("headline"), Value(headline)))
                .order_by("-wording", "pk")
                .values_list(*columns, "wording")[:CANDIDATES]
            )
    else:
        # No index here: a bounded number of the window's filings, the latest first.
        measured = window.order_by("-pk").values_list(*columns)[:FALLBACK_FILINGS]
        rows = [(*row, similarity(row[3], headline)) for row in measured]
        rows = sorted(
            (row for row in rows if row[4] >= WORDING_FLOOR), key=lambda row: (-row[4], row[0])
        )[:CANDIDATES]
    if not rows:
        return []
    speakers = _speaker_names([article_id, *(row[1] for row in rows)])
    ours = names_in(headline) | speakers.get(article_id, set())
    best: dict[int, tuple[float, str]] = {}
    for story_id, other_id, other_day, their_headline, wording in rows:
        shared = ours & (names_in(their_headline) | speakers.get(other_id, set()))
        names = min(1.0, len(shared) / 3)
        days = abs((other_day - day).days)
        closeness = 1 - days / (SUGGESTION_WINDOW.days + 1)
        score = (
            WEIGHTS["wording"] * wording + WEIGHTS["names"] * names + WEIGHTS["date"] * closeness
        )
        if score > best.get(story_id, (0.0, ""))[0]:
            reasons = [f"headline alike ({wording:.0%})"]
            if shared:
                reasons.append("shared: " + ", ".join(sorted(shared)[:6]))
            reasons.append("same day" if not days else f"{days} day{'s' * (days > 1)} apart")
            best[story_id] = (score, "; ".join(reasons))
    chosen = sorted(
        ((score, story_id, reasons) for story_id, (score, reasons) in best.items()),
        key=lambda row: (-row[0], row[1]),
    )
    offers = [
        StorySuggestion(article_id=article_id, story_id=story_id, score=round(score, 4), reasons=r)
        for score, story_id, r in chosen[:SUGGESTIONS_PER_ARTICLE]
        if score >= SUGGESTION_THRESHOLD
    ]
    StorySuggestion.objects.bulk_create(offers, ignore_conflicts=True)
    return offers


def _speaker_names(article_ids: list[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for article_id, name in (
        Claim.objects.filter(article_id__in=article_ids, speaker__isnull=False)
        .values_list("article_id", "speaker__name")
        # Without the claims' own order, which would make every claim distinct.
        .order_by()
        .distinct()
    ):
        found[article_id].add(name.lower())
    return found
