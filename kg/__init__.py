"""kg: a knowledge graph of companies, AI models, people and events, built from news articles."""

__version__ = "0.1.0"
