"""Response models of ``client.regions``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ..._models import LenientModel


class Region(LenientModel):
    """Region"""

    id: str
    type: Literal["region"]
    name: str
    product: Literal["postgres", "accelerate"]
    status: Literal["available", "unavailable"] | None = Field(default=None)


class ListRegionsResponse(LenientModel):
    """ListRegionsResponse"""

    data: list[Region]


class PostgresRegion(LenientModel):
    """PostgresRegion"""

    id: str
    type: Literal["region"]
    name: str
    status: Literal["available", "unavailable"]


class ListPostgresRegionsResponse(LenientModel):
    """ListPostgresRegionsResponse"""

    data: list[PostgresRegion]


class AccelerateRegion(LenientModel):
    """AccelerateRegion"""

    id: str
    type: Literal["region"]
    name: str


class ListAccelerateRegionsResponse(LenientModel):
    """ListAccelerateRegionsResponse"""

    data: list[AccelerateRegion]


__all__ = [
    "AccelerateRegion",
    "ListAccelerateRegionsResponse",
    "ListPostgresRegionsResponse",
    "ListRegionsResponse",
    "PostgresRegion",
    "Region",
]
