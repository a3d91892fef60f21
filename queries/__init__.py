"""kg.queries: questions (English and German) → Cypher → grounded answers and HTML pictures.

The entry points are in :mod:`kg.queries.api`: ``open_graph``, ``ask``, ``cypher``, ``picture``.
"""
