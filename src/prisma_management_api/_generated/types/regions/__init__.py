"""Response models of ``client.regions``: one module per model, imported by ``types/__init__.py``."""
