"""Rule-based information extraction from German and English news about AI companies and models.

``extract(doc, lexicons=())`` returns the entities, relations, attributes and events of one document,
each fact with its evidence sentence, character span and a confidence. No statistical model is used:
the rules are plain regular expressions over sentences whose names were replaced by typed placeholders.

Modules, one job each:

- ``sentences``  sentence splitting with offsets (abbreviations, ordinals, headlines)
- ``lexicon``    the entity lexicon (``kg/loaders/data/lexicon.tsv`` plus users' TSV/JSON files)
- ``mentions``   names: lexicon look-up, inflections ("Alibabas"), names recognised from context
                 ("das Start-up X", "CEO Y", "sein Modell Z", versioned model names), typos (rapidfuzz)
- ``coref``      descriptions ("das Unternehmen", "the Chinese start-up", "das neue Modell") to entities
- ``template``   a sentence with typed placeholders (``⟨3:Company⟩``) and the pattern compiler
- ``relations``  relation patterns for every ontology relation, German and English
- ``numbers``    numbers, percentages, money and parameter counts (babel for the digits)
- ``dates``      date expressions resolved against the publication date (dateparser)
- ``events``     stock moves, releases and launches, investments, funding rounds, acquisitions; attributes
- ``pipeline``   the steps in order, document-level state (topic, salience, funding rounds)
- ``benchmark``  ``python -m kg.loaders.extract.benchmark``: CPU time per ~1,000-word article
"""

from kg.loaders.extract.lexicon import LexiconError, load_lexicon
from kg.loaders.extract.pipeline import extract

__all__ = ["extract", "load_lexicon", "LexiconError"]
