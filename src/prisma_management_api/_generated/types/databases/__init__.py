"""Response models of ``client.databases``: one module per model, imported by ``types/__init__.py``."""
