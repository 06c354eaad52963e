"""Claim extraction: figures, attribution and hedges from news text.

Pure Python and spaCy; nothing here imports Django.
"""

from .extractor import ExtractedClaim, ExtractedQuantity, extract, extract_doc, extract_docs
from .pipeline import EXTRACTOR_VERSION, get_nlp

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractedClaim",
    "ExtractedQuantity",
    "extract",
    "extract_doc",
    "extract_docs",
    "get_nlp",
]
