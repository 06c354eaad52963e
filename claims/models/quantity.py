"""A figure of a claim, and the one wording of a figure every screen and report uses."""

from decimal import Decimal

from django.db import models


class Quantity(models.Model):
    class Category(models.TextChoices):
        KILLED = "killed", "Killed"
        INJURED = "injured", "Injured"
        MISSING = "missing", "Missing"
        DETAINED = "detained", "Detained"
        DISPLACED = "displaced", "Displaced"
        DAMAGED = "damaged", "Damaged"
        DESTROYED = "destroyed", "Destroyed"
        OTHER = "other", "Other"

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="quantities")
    value = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    lower = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    upper = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    approximate = models.BooleanField(default=False)
    # The words the article bounded the figure with ("more than", "nearly",
    # "dozens"), so "more than 70" and "at least 70" are told apart; empty for an
    # exact figure, or for rows stored before the extractor kept them.
    qualifier = models.CharField(max_length=40, blank=True, default="", db_default="")
    category = models.CharField(max_length=10, choices=Category.choices)
    subject = models.CharField(max_length=200, blank=True)
    # A count of another incident or a running tally the article recalls
    # ("earlier, two men were shot", "38 homicides this year"): shown with the
    # claim, never taken for the toll of the incident the article reports.
    background = models.BooleanField(default=False, db_default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["claim_id", "position", "id"]
        verbose_name_plural = "quantities"
        indexes = [models.Index(fields=["category"])]

    # What an editor sets on a figure; the audit trail compares these.
    EDITABLE = (
        "value",
        "lower",
        "upper",
        "approximate",
        "qualifier",
        "category",
        "subject",
        "background",
    )

    def __str__(self) -> str:
        return self.described

    @staticmethod
    def bounds_problem(lower: Decimal | None, upper: Decimal | None) -> str:
        """Why these bounds cannot stand together ("" when they can)."""
        if lower is not None and upper is not None and lower > upper:
            return "The lower bound must not be above the upper bound."
        return ""

    @staticmethod
    def amount_problem(
        value: Decimal | None, lower: Decimal | None, upper: Decimal | None, qualifier: str
    ) -> str:
        """Why a figure says no amount at all ("" when it says one)."""
        if value is None and lower is None and upper is None and not qualifier.strip():
            return 'Give a value, a bound, or the article\'s word for the amount ("dozens").'
        return ""

    def figure(self) -> tuple:
        return tuple(getattr(self, name) for name in Quantity.EDITABLE)

    @property
    def worded_amount(self) -> str:
        """The figure as the article bounded it: "at least 23", "nearly 2,000", "dozens".

        The one wording of a figure, for every screen, report and export that
        shows it in words: dropping a bound turns "at least 23" into a different
        claim. The stored qualifier is used when the extractor read one; older
        rows are worded from their bounds.
        """
        value, lower, upper = (number_text(n) for n in (self.value, self.lower, self.upper))
        qualifier = self.qualifier.strip().lower()
        if self.value is None and lower and upper:
            return f"between {lower} and {upper}"
        if self.value == 0:
            return "none"
        if not value:
            # A vague figure: "dozens", "several"; a lone bound: "at least 3".
            if lower:
                return f"{qualifier or 'at least'} {lower}"
            if upper:
                return f"{qualifier or 'up to'} {upper}"
            return qualifier or "an unknown number of"
        if qualifier:
            return f"{qualifier} {value}"
        if lower and not upper:
            return f"at least {value}"
        if upper and not lower:
            return f"up to {value}"
        if self.approximate:
            return f"about {value}"
        return value

    @property
    def worded(self) -> str:
        """ "at least 23 killed", "between 10 and 15 injured", "none injured"."""
        return f"{self.worded_amount} {self.get_category_display().lower()}"

    @property
    def described(self) -> str:
        """The wording with what was counted: "at least 23 killed (civilians)", and
        "· background" for a count of another incident."""
        described = f"{self.worded} ({self.subject})" if self.subject else self.worded
        return f"{described} · background" if self.background else described


def replace_figures(*, claim_id: int, figures: list[dict]) -> list[tuple[str, str, str]]:
    """Give a claim these figures (field values from Quantity.EDITABLE), in order.

    Returns the audit lines ("figure", old wording, new wording), one per position
    that changed; the caller writes them in the same transaction.
    """
    old = list(Quantity.objects.filter(claim_id=claim_id))
    new = [
        Quantity(claim_id=claim_id, position=position, **figure)
        for position, figure in enumerate(figures)
    ]
    if [q.figure() for q in old] == [q.figure() for q in new]:
        return []
    Quantity.objects.filter(claim_id=claim_id).delete()
    Quantity.objects.bulk_create(new)
    lines = []
    for position in range(max(len(old), len(new))):
        before = old[position] if position < len(old) else None
        after = new[position] if position < len(new) else None
        if before is None or after is None or before.figure() != after.figure():
            lines.append(
                ("figure", before.described if before else "", after.described if after else "")
            )
    return lines


def number_text(value: Decimal | None) -> str:
    """A stored figure in words' digits: 2000 -> "2,000", 2.5000 -> "2.5", None -> ""."""
    if value is None:
        return ""
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return format(value, "f")
