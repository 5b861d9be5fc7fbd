"""Response models of ``client.connections``: one module per model, imported by ``types/__init__.py``."""
