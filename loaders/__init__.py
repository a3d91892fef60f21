"""Loaders: read articles and turn them into extractions and RDF. They know no store."""
