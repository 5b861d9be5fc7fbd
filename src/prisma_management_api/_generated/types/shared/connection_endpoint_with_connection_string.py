"""Response model ``ConnectionEndpointWithConnectionString`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class ConnectionEndpointWithConnectionString(LenientModel):
    """ConnectionEndpointWithConnectionString"""

    host: str
    port: int | float
    connection_string: str = Field(alias="connectionString", repr=False)


__all__ = ["ConnectionEndpointWithConnectionString"]
