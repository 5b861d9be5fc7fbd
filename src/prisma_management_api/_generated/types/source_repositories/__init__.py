"""Response models of ``client.source_repositories``: one module per model, imported by ``types/__init__.py``."""
