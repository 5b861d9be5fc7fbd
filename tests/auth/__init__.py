"""Tests of OAuth login, token storage and race-free refresh (the full SDK)."""
