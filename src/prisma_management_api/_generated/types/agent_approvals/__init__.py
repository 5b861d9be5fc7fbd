"""Response models of ``client.agent_approvals``: one module per model, imported by ``types/__init__.py``."""
