"""Response models of ``client.me``: one module per model, imported by ``types/__init__.py``."""
