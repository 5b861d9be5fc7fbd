"""Response models of ``client.auth``: one module per model, imported by ``types/__init__.py``."""
