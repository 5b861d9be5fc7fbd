"""Response models of ``client.environment_variables``: one module per model, imported by ``types/__init__.py``."""
