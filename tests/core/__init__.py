"""Wire tests of the typed client: real HTTP on loopback, sync and async."""
