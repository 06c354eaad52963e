from django import template

register = template.Library()


@register.filter
def appearance(index, claim):
    """{{ tracking.repeats|appearance:claim }}: where else the claim appears, or None."""
    return index.of(claim)
