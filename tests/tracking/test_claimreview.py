"""ClaimReview lists every article that carries the repeated claim, not only exact quotes."""

import json

from claims.models import Claim
from reports.claimreview import claimreview_chunks
from reports.selection import article_report
from tests.tracking.conftest import WIRE


def test_claimreview_appearance_lists_every_article_of_the_repeated_claim(file_report, editor):
    first = file_report(url="https://wire.example/belgorod")
    # Reworded a little: not the same words, still the same claim.
    file_report(
        WIRE.replace("by the shelling", "by shelling"), url="https://ledger.example/belgorod"
    )
    file_report(url="")  # no address: nothing to link to
    claim = Claim.objects.get(article=first, quantities__category="injured")
    claim.set_verdict(verdict="verified", by=editor)

    (document,) = json.loads("".join(claimreview_chunks(article_report(article=first))))

    assert [work["url"] for work in document["itemReviewed"]["appearance"]] == [
        "https://wire.example/belgorod",
        "https://ledger.example/belgorod",
    ]
