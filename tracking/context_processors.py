"""What the claims app's templates may show of tracking without claims importing it:
the card's "Also in N articles" and the article page's stories, each included only
when `tracking` is in the context."""

from django.http import HttpRequest

from tracking.appearances import RepeatIndex


class Tracking:
    def __init__(self) -> None:
        self.repeats = RepeatIndex()


def tracking(request: HttpRequest) -> dict:
    return {"tracking": Tracking()}
