"""Response models of ``client.builds``: one module per model, imported by ``types/__init__.py``."""
