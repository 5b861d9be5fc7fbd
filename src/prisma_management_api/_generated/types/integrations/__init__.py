"""Response models of ``client.integrations``: one module per model, imported by ``types/__init__.py``."""
