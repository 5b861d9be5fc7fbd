"""Response models of ``client.workspaces``: one module per model, imported by ``types/__init__.py``."""
