"""Response models of ``client.projects``: one module per model, imported by ``types/__init__.py``."""
