"""JSON Schemas of every request: parameters and body.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from typing import Any

REQUEST_SCHEMAS: dict[str, Any] = {
    "DELETE /v1/apps/{appId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/branches/{branchId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/buckets/{bucketId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "bucketId", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/buckets/{bucketId}/keys/{keyId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "bucketId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "keyId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "DELETE /v1/connections/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(con_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "DELETE /v1/databases/{databaseId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "DELETE /v1/deployments/{deploymentId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "deploymentId", "required": True, "schema": {"type": "string"}}
        ],
    },
    "DELETE /v1/domains/{domainId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "domainId", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/environment-variables/{envVarId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "envVarId", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/integrations/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(itgr_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "DELETE /v1/projects/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "stage", "required": False, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "fqn", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "DELETE /v1/services/{serviceId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/source-repositories/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
    },
    "DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "clientId",
                "required": True,
                "schema": {"pattern": "^(itgr_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {
                "in": "path",
                "name": "workspaceId",
                "required": True,
                "schema": {"pattern": "^(wksp_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
        ],
    },
    "DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "workspaceId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "serviceTokenId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/agent-approvals/{approvalId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "approvalId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/apps": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "projectId", "required": False, "schema": {"type": "string"}},
            {"in": "query", "name": "logicalId", "required": False, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "branchId",
                "required": False,
                "schema": {"anyOf": [{"const": "unassigned", "type": "string"}, {"type": "string"}]},
            },
            {"in": "query", "name": "branchGitName", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/apps/{appId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/apps/{appId}/deployments": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
        ],
    },
    "GET /v1/apps/{appId}/domains": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/branches/{branchId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/buckets": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "projectId", "required": False, "schema": {"type": "string"}},
            {"in": "query", "name": "logicalId", "required": False, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "branchId",
                "required": False,
                "schema": {"anyOf": [{"const": "unassigned", "type": "string"}, {"type": "string"}]},
            },
            {"in": "query", "name": "branchGitName", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/buckets/{bucketId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "bucketId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/buckets/{bucketId}/keys": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "bucketId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
        ],
    },
    "GET /v1/builds": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "projectId", "required": False, "schema": {"type": "string"}},
            {"in": "query", "name": "branchId", "required": False, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "state",
                "required": False,
                "schema": {
                    "enum": ["pending", "running", "succeeded", "failed", "cancelled"],
                    "type": "string",
                },
            },
        ],
    },
    "GET /v1/builds/{buildId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "buildId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/builds/{buildId}/logs": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "buildId", "required": True, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "follow",
                "required": False,
                "schema": {"enum": ["true", "false"], "type": "string"},
            },
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/connections": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
            {
                "in": "query",
                "name": "databaseId",
                "required": False,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
        ],
    },
    "GET /v1/connections/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(con_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "GET /v1/databases": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
            {
                "in": "query",
                "name": "projectId",
                "required": False,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {"in": "query", "name": "logicalId", "required": False, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "branchId",
                "required": False,
                "schema": {"anyOf": [{"const": "unassigned", "type": "string"}, {"type": "string"}]},
            },
            {"in": "query", "name": "branchGitName", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/databases/{databaseId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "GET /v1/databases/{databaseId}/backups": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {
                "in": "query",
                "name": "limit",
                "required": False,
                "schema": {"default": 25, "maximum": 100, "minimum": 1, "type": "integer"},
            },
        ],
    },
    "GET /v1/databases/{databaseId}/connections": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
        ],
    },
    "GET /v1/databases/{databaseId}/usage": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {
                "in": "query",
                "name": "startDate",
                "required": False,
                "schema": {"format": "date-time", "type": "string"},
            },
            {
                "in": "query",
                "name": "endDate",
                "required": False,
                "schema": {"format": "date-time", "type": "string"},
            },
        ],
    },
    "GET /v1/deployments/{deploymentId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "deploymentId", "required": True, "schema": {"type": "string"}}
        ],
    },
    "GET /v1/deployments/{deploymentId}/logs": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "deploymentId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "tail", "required": False, "schema": {"type": "number"}},
            {
                "in": "query",
                "name": "from_start",
                "required": False,
                "schema": {"enum": ["true", "false"], "type": "string"},
            },
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/domains/{domainId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "domainId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/environment-variables": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "projectId", "required": False, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "class",
                "required": False,
                "schema": {"enum": ["production", "preview"], "type": "string"},
            },
            {"in": "query", "name": "key", "required": False, "schema": {"type": "string"}},
            {"in": "query", "name": "branchId", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/environment-variables/{envVarId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "envVarId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/integrations": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
            {
                "in": "query",
                "name": "workspaceId",
                "required": True,
                "schema": {"pattern": "^(wksp_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
        ],
    },
    "GET /v1/integrations/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(itgr_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "GET /v1/me": {"body": None, "bodyRequired": False, "parameters": []},
    "GET /v1/projects": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
            {"in": "query", "name": "logicalId", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/projects/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "GET /v1/projects/{projectId}/branches": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "gitName", "required": False, "schema": {"type": "string"}},
            {"in": "query", "name": "gitNameContains", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "fqn", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/version": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/projects/{projectId}/branches/{branchId}/application-topology": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/projects/{projectId}/databases": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "projectId",
                "required": True,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
        ],
    },
    "GET /v1/regions": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "query",
                "name": "product",
                "required": False,
                "schema": {"enum": ["postgres", "accelerate"], "type": "string"},
            }
        ],
    },
    "GET /v1/regions/accelerate": {"body": None, "bodyRequired": False, "parameters": []},
    "GET /v1/regions/postgres": {"body": None, "bodyRequired": False, "parameters": []},
    "GET /v1/scm-installations": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "workspaceId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "repository", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/scm-installations/{installationId}/repositories": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "installationId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
        ],
    },
    "GET /v1/services": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "projectId", "required": False, "schema": {"type": "string"}},
            {"in": "query", "name": "logicalId", "required": False, "schema": {"type": "string"}},
            {
                "in": "query",
                "name": "branchId",
                "required": False,
                "schema": {"anyOf": [{"const": "unassigned", "type": "string"}, {"type": "string"}]},
            },
            {"in": "query", "name": "branchGitName", "required": False, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/services/{serviceId}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/services/{serviceId}/deployments": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
        ],
    },
    "GET /v1/services/{serviceId}/domains": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/source-repositories": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
            {"in": "query", "name": "projectId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "GET /v1/source-repositories/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/workspaces": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
        ],
    },
    "GET /v1/workspaces/{id}": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(wksp_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "GET /v1/workspaces/{id}/subscription": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
    },
    "GET /v1/workspaces/{workspaceId}/integrations": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "workspaceId",
                "required": True,
                "schema": {"pattern": "^(wksp_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            },
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"default": 100, "type": "number"}},
        ],
    },
    "GET /v1/workspaces/{workspaceId}/service-tokens": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "workspaceId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "cursor", "required": False, "schema": {"type": ["string", "null"]}},
            {"in": "query", "name": "limit", "required": False, "schema": {"type": "number"}},
        ],
    },
    "PATCH /v1/apps/{appId}": {
        "body": {
            "properties": {
                "branchGitName": {"type": ["string", "null"]},
                "branchId": {"type": ["string", "null"]},
                "displayName": {"type": "string"},
                "logicalId": {"type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "PATCH /v1/branches/{branchId}": {
        "body": {"properties": {"isDefault": {"type": ["boolean", "null"]}}, "type": "object"},
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}}],
    },
    "PATCH /v1/buckets/{bucketId}": {
        "body": {
            "properties": {
                "branchGitName": {"type": "string"},
                "branchId": {"type": "string"},
                "displayName": {"type": "string"},
                "logicalId": {"type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "bucketId", "required": True, "schema": {"type": "string"}}],
    },
    "PATCH /v1/builds/{buildId}": {
        "body": {
            "properties": {
                "applicationTopologyContentHash": {"type": "string"},
                "branchId": {"type": "string"},
                "deployedUrl": {"format": "uri", "type": "string"},
                "errorMessage": {"type": "string"},
                "externalLogUrl": {"format": "uri", "type": "string"},
                "failingStep": {"type": "string"},
                "phase": {"enum": ["queued", "build", "deploy"], "type": "string"},
                "projectId": {"type": "string"},
                "state": {
                    "enum": ["pending", "running", "succeeded", "failed", "cancelled"],
                    "type": "string",
                },
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "buildId", "required": True, "schema": {"type": "string"}}],
    },
    "PATCH /v1/databases/{databaseId}": {
        "body": {
            "properties": {
                "branchGitName": {"type": ["string", "null"]},
                "branchId": {"type": ["string", "null"]},
                "logicalId": {"type": "string"},
                "name": {"minLength": 1, "type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "PATCH /v1/environment-variables/{envVarId}": {
        "body": {"properties": {"value": {"type": "string"}}, "required": ["value"], "type": "object"},
        "bodyRequired": True,
        "parameters": [{"in": "path", "name": "envVarId", "required": True, "schema": {"type": "string"}}],
    },
    "PATCH /v1/projects/{id}": {
        "body": {
            "properties": {
                "name": {"maxLength": 256, "minLength": 1, "type": "string"},
                "settings": {"additionalProperties": {}, "type": "object"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "PATCH /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease": {
        "body": {"properties": {"ttlSeconds": {"type": "number"}}, "type": "object"},
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "PATCH /v1/services/{serviceId}": {
        "body": {
            "properties": {
                "branchGitName": {"type": ["string", "null"]},
                "branchId": {"type": ["string", "null"]},
                "displayName": {"type": "string"},
                "logicalId": {"type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/apps": {
        "body": {
            "properties": {
                "branchGitName": {"type": ["string", "null"]},
                "branchId": {"type": ["string", "null"]},
                "displayName": {"type": "string"},
                "logicalId": {"type": "string"},
                "projectId": {"type": "string"},
                "regionId": {
                    "default": "us-east-1",
                    "enum": [
                        "us-east-1",
                        "us-west-1",
                        "eu-west-3",
                        "eu-central-1",
                        "ap-northeast-1",
                        "ap-southeast-1",
                    ],
                    "type": "string",
                },
            },
            "required": ["displayName", "projectId"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/apps/{appId}/deployments": {
        "body": {
            "properties": {
                "portMapping": {"properties": {"http": {"type": ["number", "null"]}}, "type": "object"},
                "skipCodeUpload": {"type": "boolean"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/apps/{appId}/domains": {
        "body": {"properties": {"hostname": {"type": "string"}}, "required": ["hostname"], "type": "object"},
        "bodyRequired": True,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/apps/{appId}/promote": {
        "body": {
            "properties": {
                "deploymentId": {"type": "string"},
                "versionId": {"deprecated": True, "type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/apps/{appId}/rollback": {
        "body": {
            "properties": {
                "deploymentId": {"type": "string"},
                "versionId": {"deprecated": True, "type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "appId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/auth/github-actions/token": {
        "body": {
            "properties": {
                "expiresInSeconds": {"default": 1800, "type": "number"},
                "token": {"type": "string"},
            },
            "required": ["token"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/buckets": {
        "body": {
            "properties": {
                "branchGitName": {"type": "string"},
                "branchId": {"type": "string"},
                "logicalId": {"type": "string"},
                "name": {"type": "string"},
                "projectId": {"type": "string"},
            },
            "required": ["projectId"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/buckets/{bucketId}/keys": {
        "body": {
            "properties": {
                "name": {"type": "string"},
                "role": {"enum": ["read", "read_write"], "type": "string"},
            },
            "required": ["role"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [{"in": "path", "name": "bucketId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/builds": {
        "body": {
            "properties": {
                "applicationTopologyContentHash": {"type": "string"},
                "branchId": {"type": "string"},
                "branchName": {"type": "string"},
                "commitSha": {"type": "string"},
                "externalLogUrl": {"format": "uri", "type": "string"},
                "projectId": {"type": "string"},
                "runIdentity": {
                    "properties": {
                        "provider": {"const": "github", "type": "string"},
                        "repositoryId": {"type": "string"},
                        "runAttempt": {"type": "number"},
                        "runId": {"type": "string"},
                    },
                    "required": ["provider", "repositoryId", "runId", "runAttempt"],
                    "type": "object",
                },
                "source": {"enum": ["ci", "cli"], "type": "string"},
            },
            "required": ["source", "commitSha", "branchName"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/connections": {
        "body": {
            "properties": {
                "databaseId": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
                "name": {"minLength": 1, "type": "string"},
            },
            "required": ["databaseId", "name"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/connections/{id}/rotate": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(con_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "POST /v1/databases": {
        "body": {
            "properties": {
                "branchGitName": {"type": ["string", "null"]},
                "branchId": {"type": ["string", "null"]},
                "isDefault": {"default": False, "type": "boolean"},
                "logicalId": {"type": "string"},
                "name": {"minLength": 1, "type": "string"},
                "projectId": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
                "region": {
                    "default": "us-east-1",
                    "enum": [
                        "us-east-1",
                        "us-west-1",
                        "eu-west-3",
                        "eu-central-1",
                        "ap-northeast-1",
                        "ap-southeast-1",
                        "inherit",
                    ],
                    "type": "string",
                },
                "source": {
                    "oneOf": [
                        {
                            "properties": {"type": {"const": "empty", "type": "string"}},
                            "required": ["type"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "backupId": {"type": "string"},
                                "databaseId": {
                                    "pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$",
                                    "type": "string",
                                },
                                "type": {"const": "backup", "type": "string"},
                            },
                            "required": ["type", "databaseId", "backupId"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "databaseId": {
                                    "pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$",
                                    "type": "string",
                                },
                                "type": {"const": "database", "type": "string"},
                            },
                            "required": ["type", "databaseId"],
                            "type": "object",
                        },
                    ]
                },
            },
            "required": ["projectId"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/databases/{databaseId}/connections": {
        "body": {"properties": {"name": {"type": "string"}}, "required": ["name"], "type": "object"},
        "bodyRequired": True,
        "parameters": [
            {
                "in": "path",
                "name": "databaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "POST /v1/databases/{targetDatabaseId}/restore": {
        "body": {
            "properties": {
                "source": {
                    "properties": {
                        "backupId": {"type": "string"},
                        "databaseId": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
                        "type": {"const": "backup", "type": "string"},
                    },
                    "required": ["type", "databaseId", "backupId"],
                    "type": "object",
                }
            },
            "required": ["source"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [
            {
                "in": "path",
                "name": "targetDatabaseId",
                "required": True,
                "schema": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "POST /v1/deployments/{deploymentId}/start": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "deploymentId", "required": True, "schema": {"type": "string"}}
        ],
    },
    "POST /v1/deployments/{deploymentId}/stop": {
        "body": None,
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "deploymentId", "required": True, "schema": {"type": "string"}}
        ],
    },
    "POST /v1/domains/{domainId}/retry": {
        "body": None,
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "domainId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/environment-variables": {
        "body": {
            "properties": {
                "branchId": {"type": "string"},
                "class": {"enum": ["production", "preview"], "type": "string"},
                "key": {"type": "string"},
                "projectId": {"type": "string"},
                "value": {"type": "string"},
            },
            "required": ["projectId", "class", "key", "value"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/projects": {
        "body": {
            "properties": {
                "createDatabase": {"default": True, "type": "boolean"},
                "logicalId": {"type": "string"},
                "name": {"minLength": 1, "type": "string"},
                "region": {
                    "enum": [
                        "us-east-1",
                        "us-west-1",
                        "eu-west-3",
                        "eu-central-1",
                        "ap-northeast-1",
                        "ap-southeast-1",
                    ],
                    "type": "string",
                },
                "workspaceId": {"type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [],
    },
    "POST /v1/projects/{id}/transfer": {
        "body": {
            "properties": {"recipientAccessToken": {"type": "string"}},
            "required": ["recipientAccessToken"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "POST /v1/projects/{projectId}/branches": {
        "body": {
            "properties": {"gitName": {"type": "string"}, "isDefault": {"type": "boolean"}},
            "required": ["gitName"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [{"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease": {
        "body": {
            "properties": {
                "holderDescription": {"type": "string"},
                "stack": {"type": "string"},
                "stage": {"type": "string"},
                "ttlSeconds": {"type": "number"},
            },
            "required": ["stack", "stage"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "POST /v1/projects/{projectId}/databases": {
        "body": {
            "properties": {
                "fromDatabase": {
                    "deprecated": True,
                    "properties": {
                        "backupId": {"type": "string"},
                        "id": {"pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
                    },
                    "required": ["id"],
                    "type": "object",
                },
                "isDefault": {"default": False, "type": "boolean"},
                "name": {"minLength": 1, "type": "string"},
                "region": {
                    "default": "us-east-1",
                    "enum": [
                        "us-east-1",
                        "us-west-1",
                        "eu-west-3",
                        "eu-central-1",
                        "ap-northeast-1",
                        "ap-southeast-1",
                        "inherit",
                    ],
                    "type": "string",
                },
                "source": {
                    "oneOf": [
                        {
                            "properties": {"type": {"const": "empty", "type": "string"}},
                            "required": ["type"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "backupId": {"type": "string"},
                                "databaseId": {
                                    "pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$",
                                    "type": "string",
                                },
                                "type": {"const": "backup", "type": "string"},
                            },
                            "required": ["type", "databaseId", "backupId"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "databaseId": {
                                    "pattern": "^(db_)?([cC][^\\s-]{8,}|[a-z0-9]+)$",
                                    "type": "string",
                                },
                                "type": {"const": "database", "type": "string"},
                            },
                            "required": ["type", "databaseId"],
                            "type": "object",
                        },
                    ]
                },
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [
            {
                "in": "path",
                "name": "projectId",
                "required": True,
                "schema": {"pattern": "^(proj_)?([cC][^\\s-]{8,}|[a-z0-9]+)$", "type": "string"},
            }
        ],
    },
    "POST /v1/scm-installations/install-intents": {
        "body": {
            "properties": {
                "provider": {"enum": ["github"], "type": "string"},
                "repository": {"type": "string"},
                "workspaceId": {"type": "string"},
            },
            "required": ["provider", "workspaceId"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/services": {
        "body": {
            "properties": {
                "branchGitName": {"type": ["string", "null"]},
                "branchId": {"type": ["string", "null"]},
                "displayName": {"type": "string"},
                "logicalId": {"type": "string"},
                "projectId": {"type": "string"},
                "regionId": {
                    "default": "us-east-1",
                    "enum": [
                        "us-east-1",
                        "us-west-1",
                        "eu-west-3",
                        "eu-central-1",
                        "ap-northeast-1",
                        "ap-southeast-1",
                    ],
                    "type": "string",
                },
            },
            "required": ["displayName", "projectId"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/services/{serviceId}/deployments": {
        "body": {
            "properties": {
                "portMapping": {"properties": {"http": {"type": ["number", "null"]}}, "type": "object"},
                "skipCodeUpload": {"type": "boolean"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/services/{serviceId}/domains": {
        "body": {"properties": {"hostname": {"type": "string"}}, "required": ["hostname"], "type": "object"},
        "bodyRequired": True,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/services/{serviceId}/promote": {
        "body": {
            "properties": {
                "deploymentId": {"type": "string"},
                "versionId": {"deprecated": True, "type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/services/{serviceId}/rollback": {
        "body": {
            "properties": {
                "deploymentId": {"type": "string"},
                "versionId": {"deprecated": True, "type": "string"},
            },
            "type": "object",
        },
        "bodyRequired": False,
        "parameters": [{"in": "path", "name": "serviceId", "required": True, "schema": {"type": "string"}}],
    },
    "POST /v1/source-repositories": {
        "body": {
            "properties": {
                "installationId": {"type": "string"},
                "projectId": {"type": "string"},
                "provider": {"const": "github", "type": "string"},
                "providerRepositoryId": {"type": "number"},
            },
            "required": ["projectId", "provider", "providerRepositoryId"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [],
    },
    "POST /v1/workspaces": {
        "body": {"properties": {"displayName": {"type": "string"}}, "type": "object"},
        "bodyRequired": False,
        "parameters": [],
    },
    "POST /v1/workspaces/{workspaceId}/service-tokens": {
        "body": {"properties": {"name": {"type": "string"}}, "required": ["name"], "type": "object"},
        "bodyRequired": True,
        "parameters": [{"in": "path", "name": "workspaceId", "required": True, "schema": {"type": "string"}}],
    },
    "PUT /v1/builds/{buildId}/resources/{resourceType}/{resourceId}": {
        "body": {
            "properties": {"action": {"enum": ["created", "acted_on", "deleted"], "type": "string"}},
            "required": ["action"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [
            {"in": "path", "name": "buildId", "required": True, "schema": {"type": "string"}},
            {
                "in": "path",
                "name": "resourceType",
                "required": True,
                "schema": {
                    "enum": [
                        "project",
                        "branch",
                        "database",
                        "app",
                        "deployment",
                        "bucket",
                        "service_key",
                        "config_variable",
                    ],
                    "type": "string",
                },
            },
            {"in": "path", "name": "resourceId", "required": True, "schema": {"type": "string"}},
        ],
    },
    "PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output": {
        "body": {},
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}": {
        "body": {},
        "bodyRequired": False,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stack", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "stage", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "fqn", "required": True, "schema": {"type": "string"}},
            {
                "in": "header",
                "name": "alchemy-state-lease-id",
                "required": True,
                "schema": {"type": "string"},
            },
        ],
    },
    "PUT /v1/projects/{projectId}/branches/{branchId}/application-topology": {
        "body": {
            "properties": {
                "contentHash": {"type": "string"},
                "edges": {
                    "items": {
                        "properties": {
                            "family": {"enum": ["communication", "data"], "type": "string"},
                            "from": {
                                "properties": {
                                    "direction": {"enum": ["in", "out"], "type": "string"},
                                    "logicalId": {"type": "string"},
                                    "name": {"type": "string"},
                                },
                                "required": ["logicalId", "direction", "name"],
                                "type": "object",
                            },
                            "style": {"type": "string"},
                            "to": {
                                "properties": {
                                    "direction": {"enum": ["in", "out"], "type": "string"},
                                    "logicalId": {"type": "string"},
                                    "name": {"type": "string"},
                                },
                                "required": ["logicalId", "direction", "name"],
                                "type": "object",
                            },
                        },
                        "required": ["from", "to", "family"],
                        "type": "object",
                    },
                    "type": "array",
                },
                "nodes": {
                    "items": {
                        "properties": {
                            "kind": {"enum": ["module", "service", "resource"], "type": "string"},
                            "logicalId": {"type": "string"},
                            "parentLogicalId": {"type": ["string", "null"]},
                            "type": {"type": "string"},
                        },
                        "required": ["logicalId", "parentLogicalId", "kind"],
                        "type": "object",
                    },
                    "type": "array",
                },
                "ports": {
                    "items": {
                        "properties": {
                            "contractHash": {"type": "string"},
                            "contractKind": {"type": "string"},
                            "direction": {"enum": ["in", "out"], "type": "string"},
                            "logicalId": {"type": "string"},
                            "name": {"type": "string"},
                        },
                        "required": ["logicalId", "direction", "name"],
                        "type": "object",
                    },
                    "type": "array",
                },
            },
            "required": ["nodes", "ports", "edges"],
            "type": "object",
        },
        "bodyRequired": True,
        "parameters": [
            {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "branchId", "required": True, "schema": {"type": "string"}},
        ],
    },
}
