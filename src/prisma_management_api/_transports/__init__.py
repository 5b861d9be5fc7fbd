"""Transports: the only code that touches an HTTP library. Each is imported only when used."""
