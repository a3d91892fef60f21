"""kg.queries layer."""
