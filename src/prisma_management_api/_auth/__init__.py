"""OAuth 2.0 + PKCE login and race-free token refresh for the Management API SDK.

Nothing is imported here: each module is loaded when its public name is first used (see the
package's ``__init__``), so ``import prisma_management_api`` stays cheap.
"""
