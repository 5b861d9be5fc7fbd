"""Response models of ``client.buckets``: one module per model, imported by ``types/__init__.py``."""
