"""Helpers shared by the test suites: a recording loopback HTTP server and spec-driven examples."""
