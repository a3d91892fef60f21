"""kg.graph layer."""
