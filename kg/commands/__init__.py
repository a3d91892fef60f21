"""CLI commands, one module per area. Each module has ``register(app)``; they stay thin over the library."""
