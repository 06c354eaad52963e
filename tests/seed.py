"""The seed article with hand-placed claims, so view tests need no extraction run."""

import io
from decimal import Decimal

from django.core.management import call_command

from claims.models import Claim, Quantity
from sources.models import Article, Speaker, SpeakerAlias

SEED_TITLE = "Russia responds with heavy blows to the partisan attacks in Belgorod"

# (text, kind, speaker, attribution, hedge,
#  quantities as (value, lower, qualifier, category, subject)), shaped as the extractor stores them
SEED_CLAIMS = [
    (
        "apparently units of the unit attacked the Russian border region of Belgorod",
        Claim.Kind.STATEMENT,
        None,
        "",
        "apparently",
        [],
    ),
    (
        "More than 70 Ukrainian terrorists, four armored vehicles and five SUVs were killed",
        Claim.Kind.CASUALTY,
        "Igor Konashenkov",
        "military spokesman Igor Konashenkov said",
        "",
        [(70, 70, "More than", "killed", "Ukrainian terrorists")],
    ),
    (
        "Belgorod governor Vyacheslav Gladkov said 12 civilians were injured by the shelling",
        Claim.Kind.STATEMENT,
        "Vyacheslav Gladkov",
        "Belgorod governor Vyacheslav Gladkov said",
        "",
        [],
    ),
    (
        "12 civilians were injured by the shelling",
        Claim.Kind.CASUALTY,
        "Vyacheslav Gladkov",
        "Belgorod governor Vyacheslav Gladkov said",
        "",
        [(12, 12, "", "injured", "civilians")],
    ),
    # Attributed to the wrong speaker on purpose: editors correct it to Gladkov.
    (
        "Damage was noted on 29 homes and three cars",
        Claim.Kind.DAMAGE,
        "Dmitry Peskov",
        "he said",
        "",
        [(29, 29, "", "damaged", "homes"), (3, 3, "", "damaged", "cars")],
    ),
]

SPEAKERS = {
    "Igor Konashenkov": ("person", "military spokesman", []),
    "Vyacheslav Gladkov": ("person", "Belgorod governor", ["Gladkov"]),
    "Dmitry Peskov": ("person", "Kremlin spokesman", []),
    "Yevgeny Prigozhin": ("person", "head of Wagner", []),
}


def make_seed_claims() -> tuple[Article, list[Claim]]:
    """Load the seed article and place known claims on it (replacing any extracted ones)."""
    call_command("load_seeds", stdout=io.StringIO())
    article = Article.objects.get(title=SEED_TITLE)
    Article.objects.filter(pk=article.pk).update(extraction_state=Article.State.DONE)
    article.refresh_from_db()
    article.claims.all().delete()
    speakers = {}
    for name, (kind, role, aliases) in SPEAKERS.items():
        speaker, created = Speaker.objects.get_or_create(
            name=name, defaults={"kind": kind, "role": role}
        )
        if created:
            for alias in [name, *aliases]:
                SpeakerAlias.objects.create(speaker=speaker, name=alias)
        speakers[name] = speaker
    claims = []
    for text, kind, speaker, attribution, hedge, quantities in SEED_CLAIMS:
        start = article.text.index(text)
        claim = Claim.objects.create(
            article=article,
            start=start,
            end=start + len(text),
            text=text,
            kind=kind,
            speaker=speakers.get(speaker),
            speaker_text=speaker or "",
            attribution=attribution,
            hedged=bool(hedge),
            hedge=hedge,
        )
        for position, (value, lower, qualifier, category, subject) in enumerate(quantities):
            Quantity.objects.create(
                claim=claim,
                value=None if value is None else Decimal(value),
                lower=None if lower is None else Decimal(lower),
                upper=None if qualifier or value is None else Decimal(value),
                qualifier=qualifier,
                category=category,
                subject=subject,
                position=position,
            )
        claims.append(claim)
    return article, claims
