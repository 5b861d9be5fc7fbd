"""Response models of ``client.scm_installations``: one module per model, imported by ``types/__init__.py``."""
