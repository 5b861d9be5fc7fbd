"""Code generated from the OpenAPI document by ``python -m codegen``. Do not edit."""
