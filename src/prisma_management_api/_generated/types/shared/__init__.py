"""Response models shared by several resources: one module per model, imported by ``types/__init__.py``."""
