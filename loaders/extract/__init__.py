"""Rule-based information extraction from German and English news about AI companies and models.

``extract(doc)`` returns the entities, relations, attributes and events of one document, each fact
with its evidence sentence, character span and a confidence.
"""

from kg.loaders.extract.lexicon import LexiconError, load_lexicon
from kg.loaders.extract.pipeline import extract

__all__ = ["extract", "load_lexicon", "LexiconError"]
