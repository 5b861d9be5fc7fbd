"""Resource namespaces: ``client.projects.list()`` and the rest, one module per top-level namespace.

Names come from the paths: ``/v1/projects/{projectId}/databases`` is
``client.projects.databases``; GET of a collection is ``list``, POST ``create``, GET of an item
``retrieve``, PATCH/PUT ``update``, DELETE ``delete``; a POST to an action is the action
(``client.connections.rotate(connection_id)``). Path parameters are positional; query, header
and body parameters keyword-only, in snake_case. Methods return the payload (a body's ``data``)
and raise ``APIStatusError`` subclasses; ``.with_raw_response`` gives the ``ApiResult`` instead.

Each module is imported when its namespace is first used (``_generated/resource_accessors.py``).

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""
