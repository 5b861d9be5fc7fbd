"""The code generator: OpenAPI document in, ``prisma_management_api/_generated`` out."""
