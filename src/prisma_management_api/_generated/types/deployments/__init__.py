"""Response models of ``client.deployments``: one module per model, imported by ``types/__init__.py``."""
